import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GuardedFetchOptions, guardedFetch } from "@/server/http";
import { type LocalServer, type SeenRequest, startLocalServer } from "./local-server";

const chunk = "x".repeat(64 * 1024);

function route(request: SeenRequest, response: ServerResponse): void {
  const { pathname } = new URL(request.path, "http://placeholder");
  if (pathname === "/big") {
    // Chunked, no Content-Length: only counting the stream can stop it.
    response.writeHead(200, { "content-type": "text/plain" });
    let sent = 0;
    const pump = () => {
      while (sent < 32 && response.write(chunk)) sent += 1;
      if (sent >= 32) response.end();
      else response.once("drain", () => { sent += 1; pump(); });
    };
    pump();
  } else if (pathname === "/bomb") {
    response.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
    response.end(gzipSync(Buffer.alloc(5_000_000)));
  } else if (pathname === "/slow-headers") {
    return;
  } else if (pathname === "/slow-body") {
    response.writeHead(200, { "content-type": "text/plain" });
    response.write("partial");
  } else if (pathname === "/image") {
    response.writeHead(200, { "content-type": "image/png" });
    response.end("\x89PNG");
  } else if (pathname === "/missing-image") {
    response.writeHead(404, { "content-type": "image/png" });
    response.end();
  } else if (pathname === "/feed") {
    response.writeHead(200, { "content-type": "application/xml; charset=utf-8" });
    response.end("<rss/>");
  } else if (pathname === "/etag") {
    const fresh = request.headers["if-none-match"] === '"v1"';
    response.writeHead(fresh ? 304 : 200, { etag: '"v1"', "content-type": "text/html" });
    response.end(fresh ? undefined : "<p>v1</p>");
  } else if (pathname === "/see-other") {
    response.writeHead(303, { location: "/echo" });
    response.end();
  } else {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ method: request.method, body: request.body, type: request.headers["content-type"] ?? null }));
  }
}

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer(route);
});
afterAll(async () => {
  await server.close();
});

function fetchLocal(path: string, options: GuardedFetchOptions = {}) {
  return guardedFetch(`${server.origin}${path}`, { allowlist: [`127.0.0.1:${server.port}`], ...options });
}

describe("guardedFetch limits", () => {
  it("aborts a streamed body past maxBytes", async () => {
    await expect(fetchLocal("/big", { maxBytes: 100_000 })).rejects.toMatchObject({ code: "TOO_LARGE" });
  });

  it("accepts the same body under a larger limit", async () => {
    expect((await fetchLocal("/big", { maxBytes: 3_000_000 })).body.byteLength).toBe(32 * chunk.length);
  });

  it("counts decompressed bytes, so a gzip bomb is stopped", async () => {
    await expect(fetchLocal("/bomb", { maxBytes: 1_000_000 })).rejects.toMatchObject({ code: "TOO_LARGE" });
  });

  it.each(["/slow-headers", "/slow-body"])("times out on %s", async (path) => {
    await expect(fetchLocal(path, { timeoutMs: 300 })).rejects.toMatchObject({
      code: "UPSTREAM",
      message: expect.stringMatching(/^Timed out after 300 ms/),
    });
  });

  it("reports a caller's cancellation as UPSTREAM", async () => {
    const controller = new AbortController();
    const pending = fetchLocal("/slow-headers", { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ code: "UPSTREAM", message: "Request was cancelled" });
  });

  it("refuses a content type outside the allowlist", async () => {
    await expect(fetchLocal("/image", { allowedContentTypes: ["text/html", "application/xml"] })).rejects.toMatchObject({
      code: "UPSTREAM",
      message: "Refused content type image/png; allowed: text/html, application/xml",
    });
  });

  it("accepts an allowed content type and decodes it", async () => {
    const result = await fetchLocal("/feed", { allowedContentTypes: ["text/html", "application/xml"] });
    expect(result.contentType).toBe("application/xml");
    expect(result.text()).toBe("<rss/>");
  });

  it("still returns an error status whatever its content type", async () => {
    expect((await fetchLocal("/missing-image", { allowedContentTypes: ["text/html"] })).status).toBe(404);
  });

  it("passes a 304 through for conditional requests", async () => {
    const first = await fetchLocal("/etag");
    const etag = first.headers.get("etag") ?? "";
    const second = await fetchLocal("/etag", { headers: { "If-None-Match": etag }, allowedContentTypes: ["text/html"] });
    expect(second.status).toBe(304);
    expect(second.body.byteLength).toBe(0);
    expect(server.seen.at(-1)?.headers["if-none-match"]).toBe('"v1"');
  });

  it("sends a method and body, and a 303 turns it into a bodiless GET", async () => {
    const post = { method: "POST", body: '{"a":1}', headers: { "content-type": "application/json" } };
    expect(JSON.parse((await fetchLocal("/echo", post)).text())).toEqual({ method: "POST", body: '{"a":1}', type: "application/json" });
    const after303 = await fetchLocal("/see-other", post);
    expect(after303.redirects).toEqual([`${server.origin}/echo`]);
    expect(JSON.parse(after303.text())).toEqual({ method: "GET", body: "", type: null });
  });

  it("rejects a body on GET and unknown methods", async () => {
    await expect(fetchLocal("/echo", { body: "x" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(fetchLocal("/echo", { method: "CONNECT" })).rejects.toMatchObject({ code: "INVALID" });
  });
});
