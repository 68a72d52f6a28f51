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
