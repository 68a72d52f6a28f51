import { AppError } from "../../errors";
import { env } from "@/env";

/**
 * The app's public origin: APP_URL when set, otherwise the host the browser used (Next may report
 * `localhost` in request.url when the browser asked for 127.0.0.1).
 */
export function appOrigin(request: Request): string {
  if (env.APP_URL) return new URL(env.APP_URL).origin;
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${proto}://${host}`;
}

/**
 * Cookie-authenticated requests that change something must come from our own pages. Browsers send
 * `Origin` with every POST (and `Sec-Fetch-Site`), so a form or script on another site is refused
 * here; clients that are not browsers send neither and are not a cross-site forgery risk.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  if ((origin !== null && origin !== appOrigin(request)) || site === "cross-site" || site === "same-site") {
    throw new AppError("FORBIDDEN", "This request must come from the Closer app itself.");
  }
}
