import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GuardedFetchOptions, type Resolver, defaultUserAgent, guardedFetch } from "@/server/http";
import { type LocalServer, type SeenRequest, startLocalServer, startTwinServers } from "./local-server";

function route(request: SeenRequest, response: ServerResponse): void {
  const url = new URL(request.path, "http://placeholder");
  const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
  if (url.pathname === "/ok") {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end("<p>héllo</p>");
  } else if (url.pathname === "/redirect") {
    response.writeHead(302, { location: url.searchParams.get("to") ?? "/" });
    response.end();
  } else if (chain) {
    const left = Number(chain[1]);
    response.writeHead(left > 0 ? 301 : 200, left > 0 ? { location: `/chain/${left - 1}` } : {});
    response.end(left > 0 ? "" : "end of chain");
  } else if (url.pathname === "/loop") {
    response.writeHead(302, { location: "/loop" });
    response.end();
  } else {
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not here");
  }
}

let main: LocalServer;
let other: LocalServer;
const failIfResolved: Resolver = async (hostname) => {
  throw new Error(`unexpected DNS lookup of ${hostname}`);
};

beforeAll(async () => {
  main = await startLocalServer(route);
  other = await startLocalServer(route);
});
afterAll(async () => {
  await Promise.all([main.close(), other.close()]);
});

function fetchMain(path: string, options: GuardedFetchOptions = {}) {
  return guardedFetch(`${main.origin}${path}`, { allowlist: [`127.0.0.1:${main.port}`], resolve: failIfResolved, ...options });
}

describe("guardedFetch against a local server", () => {
  it("refuses a loopback target without an allowlist, before connecting", async () => {
    const before = main.seen.length;
    await expect(guardedFetch(`${main.origin}/ok`)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: `Refused: 127.0.0.1 is a loopback address. To allow it, add 127.0.0.1:${new URL(main.origin).port} to OUTBOUND_ALLOWLIST.`,
    });
    expect(main.seen.length).toBe(before);
  });

  it("fetches an allowlisted target and returns a small result object", async () => {
    const result = await fetchMain("/ok");
    expect(result).toMatchObject({ url: `${main.origin}/ok`, status: 200, contentType: "text/html", redirects: [] });
    expect(result.text()).toBe("<p>héllo</p>");
    expect(result.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(main.seen.at(-1)?.headers["user-agent"]).toBe(defaultUserAgent);
  });

  it("returns a 404 instead of throwing", async () => {
    const result = await fetchMain("/nothing");
    expect(result.status).toBe(404);
    expect(result.text()).toBe("not here");
  });

  it("refuses a redirect to a port the allowlist does not cover", async () => {
    const target = `${other.origin}/ok`;
    await expect(fetchMain(`/redirect?to=${encodeURIComponent(target)}`)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(other.seen).toHaveLength(0);
  });

  it.each([
    ["http://10.0.0.5/", "FORBIDDEN", "Refused: 10.0.0.5 is a private address. To allow it, add 10.0.0.5:80 to OUTBOUND_ALLOWLIST."],
    ["http://169.254.169.254/latest/meta-data/", "FORBIDDEN", "Refused: 169.254.169.254 is a cloud metadata address."],
    ["http://[::ffff:127.0.0.1]:1/", "FORBIDDEN", "Refused: ::ffff:7f00:1 is an address embedding 127.0.0.1, a loopback address. To allow it, add [::ffff:7f00:1]:1 to OUTBOUND_ALLOWLIST."],
    ["file:///etc/passwd", "INVALID", "Only http and https URLs are allowed, not file"],
    ["http://user:pw@example.com/", "INVALID", "URLs with a user name or password are not allowed"],
  ])("refuses a redirect to %s", async (target, code, message) => {
    await expect(fetchMain(`/redirect?to=${encodeURIComponent(target)}`)).rejects.toMatchObject({ code, message });
  });

  it("follows redirects within the allowlist and reports each hop", async () => {
    const result = await fetchMain("/chain/3");
    expect(result.status).toBe(200);
    expect(result.text()).toBe("end of chain");
    expect(result.url).toBe(`${main.origin}/chain/0`);
    expect(result.redirects).toEqual([2, 1, 0].map((n) => `${main.origin}/chain/${n}`));
  });

  it("gives up after maxRedirects", async () => {
    const before = main.seen.length;
    await expect(fetchMain("/loop", { maxRedirects: 2 })).rejects.toMatchObject({
      code: "UPSTREAM",
      message: "Too many redirects (more than 2)",
    });
    expect(main.seen.length - before).toBe(3);
  });

  it("keeps credentials on a same-origin redirect and drops them on a cross-origin one", async () => {
    const options = {
      allowlist: [`127.0.0.1:${main.port}`, `127.0.0.1:${other.port}`],
      headers: { authorization: "Bearer secret", "x-trace": "1" },
    };
    await guardedFetch(`${main.origin}/redirect?to=/ok`, options);
    expect(main.seen.at(-1)?.headers.authorization).toBe("Bearer secret");
    await guardedFetch(`${main.origin}/redirect?to=${encodeURIComponent(`${other.origin}/ok`)}`, options);
    expect(other.seen.at(-1)?.headers.authorization).toBeUndefined();
    expect(other.seen.at(-1)?.headers["x-trace"]).toBe("1");
  });

  it("reports a refused connection as UPSTREAM with the cause kept", async () => {
    const closed = await startLocalServer(route);
    await closed.close();
    const error = await guardedFetch(`${closed.origin}/`, { allowlist: ["127.0.0.0/8"] }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "UPSTREAM" });
    expect((error as Error).cause).toBeDefined();
  });
});

describe("connection pinning", () => {
  let twins: Awaited<ReturnType<typeof startTwinServers>>;
  beforeAll(async () => {
    twins = await startTwinServers();
  });
  afterAll(async () => {
    await Promise.all([twins.first.close(), twins.second.close()]);
  });

  it("connects to the checked address, not to whatever the system resolves the name to", async () => {
    // The system says localhost is 127.0.0.1 (the "first" twin); the checked answer is 127.0.0.2.
    const result = await guardedFetch(`http://localhost:${twins.first.port}/who`, {
      allowlist: ["127.0.0.2"],
      resolve: async () => ["127.0.0.2"],
    });
    expect(result.text()).toBe("second");
    expect(result.headers.get("x-host-seen")).toBe(`localhost:${twins.first.port}`);
    expect(twins.first.seen).toHaveLength(0);
  });

  it("does not resolve again between the check and the connection", async () => {
    let calls = 0;
    const rebinding: Resolver = async () => (++calls === 1 ? ["127.0.0.1"] : ["127.0.0.2"]);
    const result = await guardedFetch(`http://rebind.test:${twins.first.port}/who`, {
      allowlist: ["127.0.0.1"],
      resolve: rebinding,
    });
    expect(result.text()).toBe("first");
    expect(calls).toBe(1);
    expect(twins.second.seen.filter((seen) => seen.headers.host?.startsWith("rebind.test"))).toHaveLength(0);
  });

  it("checks the name again on every redirect hop", async () => {
    let calls = 0;
    const rebinding: Resolver = async () => (++calls === 1 ? ["127.0.0.1"] : ["127.0.0.2"]);
    const hop = `http://hop.test:${main.port}/ok`;
    await expect(
      guardedFetch(`http://hop.test:${main.port}/redirect?to=${encodeURIComponent(hop)}`, {
        allowlist: [`127.0.0.1:${main.port}`],
        resolve: rebinding,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: `Refused: hop.test points to a private or local network. To allow it, add hop.test:${main.port} to OUTBOUND_ALLOWLIST.` });
    expect(calls).toBe(2);
  });
});
