import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { guardedFetch } from "@/server/http";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { crawlDeps, createUrlSource, documentsOf, embedder, runCrawl, sourceRow, workspaceScope } from "./crawl-harness";
import { helpPage, type SiteServer, startSiteServer } from "./site-server";

function sitemapGz(urls: string[]) {
  const xml = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((url) => `<url><loc>${url}</loc></url>`).join("")}</urlset>`;
  return { body: gzipSync(Buffer.from(xml)), type: "application/gzip" };
}

describe("robots.txt in a crawl", () => {
  let handle: PgliteHandle;
  let site: SiteServer;
  let scope: WorkspaceScope;

  beforeAll(async () => {
    handle = await createTestDb();
    site = await startSiteServer();
    scope = await workspaceScope(handle.db);
    const origin = site.origin;
    site.routes.set("/robots.txt", {
      type: "text/plain",
      body: ["User-agent: *", "Disallow: /", "", "User-agent: CloserBot", "Disallow: /help/private/", "Crawl-delay: 2", "", `Sitemap: ${origin}/help/pages.xml.gz`].join("\n"),
    });
    site.routes.set("/help/pages.xml.gz", sitemapGz([`${origin}/help/orphan/`, `${origin}/elsewhere/`, "https://prod.example.com/help/orphan/"]));
    site.routes.set("/help/", helpPage("Help", "Welcome to the help centre for ordering and returns", { links: ["a/", "private/salaries/", "/elsewhere/", "/help/a/#shipping"] }));
    site.routes.set("/help/a/", helpPage("Shipping", "Parcels leave the warehouse within two working days", { links: ["../", "../private/salaries/"] }));
    site.routes.set("/help/orphan/", helpPage("Returns", "Returns are free within thirty days of delivery"));
    site.routes.set("/help/private/salaries/", helpPage("Salaries", "Confidential pay grid"));
    site.routes.set("/elsewhere/", helpPage("Elsewhere", "Outside the crawled folder"));
  });
  afterAll(async () => {
    await site.close();
    await handle.close();
  });

  it("never fetches disallowed or out-of-scope pages, reads the gzipped sitemap and keeps the Crawl-delay", async () => {
    const source = await createUrlSource(scope, { url: `${site.origin}/help/`, includeRelated: true, requestsPerSecond: 5 });
    const waits: number[] = [];
    const { run } = await runCrawl(scope, crawlDeps([site.port], waits), source.id);

    const paths = site.requests.map((request) => request.path);
    expect(paths).not.toContain("/help/private/salaries/");
    expect(paths).not.toContain("/elsewhere/");
    expect(paths.sort()).toEqual(["/help/", "/help/a/", "/help/orphan/", "/help/pages.xml.gz", "/robots.txt"]);
    const documents = await documentsOf(handle.db, source.id);
    expect(documents.map((document) => [new URL(document.key).pathname, document.state]).sort()).toEqual([
      ["/help/", "indexed"],
      ["/help/a/", "indexed"],
      ["/help/orphan/", "indexed"],
    ]);
    expect(run).toMatchObject({ status: "completed", indexed: 3 });
    // Five requests, four gaps, each held to the 2 s Crawl-delay rather than the 200 ms of 5 requests/s.
    expect(waits).toHaveLength(4);
    for (const wait of waits) expect(wait).toBeGreaterThan(1_000);
  });

  it("refuses the start page itself when robots.txt disallows it, and says so", async () => {
    const source = await createUrlSource(scope, { url: `${site.origin}/help/private/salaries/` });
    const { run } = await runCrawl(scope, crawlDeps([site.port]), source.id);
    expect(run).toMatchObject({ status: "failed", error: "Blocked by the site's robots.txt." });
    expect(site.requests.filter((request) => request.path === "/help/private/salaries/")).toEqual([]);
  });

  it("crawls nothing while robots.txt answers with a server error, and keeps what was indexed", async () => {
    // A workspace of its own: each address is a source only once per workspace.
    const scope = await workspaceScope(handle.db);
    const source = await createUrlSource(scope, { url: `${site.origin}/help/`, includeRelated: true });
    await runCrawl(scope, crawlDeps([site.port]), source.id);
    const indexedBefore = (await documentsOf(handle.db, source.id)).filter((document) => document.state === "indexed").length;
    const robots = site.routes.get("/robots.txt")!;
    site.routes.set("/robots.txt", { status: 503, body: "maintenance", type: "text/plain" });
    const before = site.requests.length;
    try {
      const { run } = await runCrawl(scope, crawlDeps([site.port]), source.id);
      expect(site.requests.slice(before).map((request) => request.path)).toEqual(["/robots.txt"]);
      expect(run.status).toBe("failed");
      expect(run.error).toContain("robots.txt could not be read (server answered 503)");
      expect((await sourceRow(handle.db, source.id)).lastError).toBe(run.error);
      const documents = await documentsOf(handle.db, source.id);
      expect(documents.filter((document) => document.contentHash !== null)).toHaveLength(indexedBefore);
    } finally {
      site.routes.set("/robots.txt", robots);
    }
  });

  it("fails with a clear error on a private address that is not allowlisted", async () => {
    const scope = await workspaceScope(handle.db);
    const source = await createUrlSource(scope, { url: `${site.origin}/help/`, includeRelated: true });
    const before = site.requests.length;
    const { run } = await runCrawl(scope, { embedder, fetch: (url, options) => guardedFetch(url, options), sleep: async () => {} }, source.id);
    expect(site.requests.length).toBe(before);
    const refusal = `Refused: 127.0.0.1 is a loopback address. To allow it, add 127.0.0.1:${new URL(site.origin).port} to OUTBOUND_ALLOWLIST.`;
    expect(run).toMatchObject({ status: "failed", error: refusal });
    expect((await sourceRow(handle.db, source.id))).toMatchObject({ status: "failed", lastError: refusal });
    const [document] = await documentsOf(handle.db, source.id);
    expect(document).toMatchObject({ state: "failed", error: refusal });
  });
});
