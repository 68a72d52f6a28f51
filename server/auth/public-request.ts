import { NextRequest } from "next/server";
import { env } from "@/env";

/**
 * Auth.js builds every link it sends (magic links, OAuth callbacks) from the request's URL, and
 * Next's request URL follows the Host header it normalises (`localhost` for a browser on
 * 127.0.0.1, or whatever a client claims). With APP_URL set, the request is re-addressed to the
 * public URL first, so links point where people actually reach the app.
 */
export function publicAuthRequest(request: Request): NextRequest {
  if (!env.APP_URL) return request instanceof NextRequest ? request : new NextRequest(request);
  const incoming = new URL(request.url);
  const target = new URL(`${incoming.pathname}${incoming.search}`, env.APP_URL);
  const headers = new Headers(request.headers);
  headers.set("host", target.host);
  headers.set("x-forwarded-host", target.host);
  headers.set("x-forwarded-proto", target.protocol.replace(":", ""));
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new NextRequest(target, { method: request.method, headers, body: hasBody ? request.body : undefined, ...(hasBody ? { duplex: "half" } : {}) } as ConstructorParameters<typeof NextRequest>[1]);
}
