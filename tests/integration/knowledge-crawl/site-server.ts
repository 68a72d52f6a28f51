import { createHash } from "node:crypto";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface SiteRoute {
  status?: number;
  body?: string | Uint8Array;
  type?: string;
  headers?: Record<string, string>;
}

export interface SiteRequest {
  path: string;
  conditional: boolean;
  status: number;
}

export interface SiteServer {
  port: number;
  origin: string;
  requests: SiteRequest[];
  /** In-memory pages, served before the static folder; change them between runs to change the site. */
  routes: Map<string, SiteRoute>;
  close(): Promise<void>;
}

/** Answers an in-memory page with a content ETag, and 304 when the client already has it. */
function serveRoute(request: IncomingMessage, response: ServerResponse, route: SiteRoute): void {
  const body = route.body ?? "";
  const status = route.status ?? 200;
  const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
  if (status === 200 && request.headers["if-none-match"] === etag) {
    response.writeHead(304, { etag });
    response.end();
    return;
  }
  response.writeHead(status, { "content-type": route.type ?? "text/html; charset=utf-8", etag, ...route.headers });
  response.end(body);
}

/**
 * A site on 127.0.0.1: in-memory routes first, then (optionally) a static folder served by sirv,
 * which sends ETag and Last-Modified and answers If-None-Match with 304. Records every request.
 */
export async function startSiteServer(options: { root?: string; routes?: Record<string, SiteRoute> } = {}): Promise<SiteServer> {
  const routes = new Map(Object.entries(options.routes ?? {}));
  const requests: SiteRequest[] = [];
  const statics = options.root ? sirv(options.root, { etag: true, dev: false }) : null;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://site").pathname;
    const conditional = Boolean(request.headers["if-none-match"] || request.headers["if-modified-since"]);
    const seen: SiteRequest = { path, conditional, status: 0 };
    requests.push(seen);
    // Taken when the head is written: the client may read the body before "finish" fires here.
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
    response.writeHead = ((...args: unknown[]) => {
      seen.status = args[0] as number;
      return writeHead(...args);
    }) as ServerResponse["writeHead"];
    const route = routes.get(path);
    if (route) return serveRoute(request, response, route);
    if (!statics) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("Not found");
      return;
    }
    statics(request, response, () => {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("Not found");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A small help page with enough distinct text to be indexed. */
export function helpPage(title: string, text: string, options: { links?: string[]; canonical?: string } = {}): SiteRoute {
  const links = (options.links ?? []).map((href) => `<li><a href="${href}">${href}</a></li>`).join("");
  const canonical = options.canonical ? `<link rel="canonical" href="${options.canonical}">` : "";
  const paragraphs = [1, 2, 3].map((n) => `<p>${text} (part ${n} of the ${title.toLowerCase()} guide).</p>`).join("");
  return {
    body: `<!doctype html><html lang="en"><head><title>${title}</title>${canonical}</head><body><nav><ul>${links}</ul></nav><main><h1>${title}</h1>${paragraphs}</main></body></html>`,
  };
}
