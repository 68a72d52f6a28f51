"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** The address the dashboard is served from, for snippets that point back at it; empty while rendering on the server. */
export function useOrigin(): string {
  return useSyncExternalStore(subscribe, () => window.location.origin, () => "");
}
