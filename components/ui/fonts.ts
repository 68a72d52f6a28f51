import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";

/*
 * Self-hosted from the `geist` package: nothing is fetched at build time (the build machine is
 * offline). Put `fontVariables` on <html>; globals.css maps them to `font-sans` / `font-mono`.
 */
export const fontSans = GeistSans;
export const fontMono = GeistMono;
export const fontVariables = `${GeistSans.variable} ${GeistMono.variable}`;
