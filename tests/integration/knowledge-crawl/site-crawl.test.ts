import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { chunkCount, crawlDeps, createUrlSource, documentsOf, runCrawl, SITE_ROOT, workspaceScope } from "./crawl-harness";
import { type SiteServer, startSiteServer } from "./site-server";

/** The English and Swedish pages of the KTH help site, as its sitemap lists them (production URLs there). */
const KTH_PAGES = 74;

/** The sitemap's pages, moved from the production domain to where the test serves them. */
function sitemapPagesServedAt(origin: string): string[] {
  const xml = readFileSync(path.join(SITE_ROOT, "kth-rdm/sitemap.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => `${origin}/kth-rdm${new URL(match[1]!).pathname}`);
}

describe("crawling the KTH help site under /kth-rdm/", () => {
  let handle: PgliteHandle;
  let site: SiteServer;
  let scope: WorkspaceScope;
  let sourceId: string;

  beforeAll(async () => {
    handle = await createTestDb();
    site = await startSiteServer({ root: SITE_ROOT });
    scope = await workspaceScope(handle.db);
    const source = await createUrlSource(scope, { url: `${site.origin}/kth-rdm/`, includeRelated: true });
    sourceId = source.id;
  });
  afterAll(async () => {
    await site.close();
    await handle.close();
  });

  it("indexes every page of the prefix, fetching nothing outside it and nothing twice", async () => {
    const { run } = await runCrawl(scope, crawlDeps([site.port]), sourceId);

    const paths = site.requests.map((request) => request.path);
    expect(paths.filter((path) => !path.startsWith("/kth-rdm/"))).toEqual(["/robots.txt", "/sitemap.xml"]);
    const pages = paths.filter((path) => path.startsWith("/kth-rdm/") && !path.endsWith(".xml"));
    expect(new Set(pages).size).toBe(pages.length);

    const documents = await documentsOf(handle.db, sourceId);
    expect(documents).toHaveLength(KTH_PAGES);
    const indexed = documents.filter((document) => document.state === "indexed");
    expect(indexed).toHaveLength(KTH_PAGES);
    const expected = sitemapPagesServedAt(site.origin);
    expect(expected).toHaveLength(KTH_PAGES);
    expect(indexed.map((document) => document.key).sort()).toEqual(expected.sort());
    expect(documents.filter((document) => document.state === "failed")).toEqual([]);
    expect(indexed.filter((document) => document.language === "sv")).toHaveLength(KTH_PAGES / 2);
    expect(indexed.every((document) => document.etag && document.lastModified && document.httpStatus === 200)).toBe(true);
    expect(run).toMatchObject({ status: "completed", indexed: KTH_PAGES, fetched: pages.length, failed: 0 });
    expect(run.embedded).toBe(await chunkCount(handle.db, sourceId));
    expect(run.embedded).toBeGreaterThan(KTH_PAGES);
  });

  it("re-checks an unchanged site with conditional requests and embeds nothing", async () => {
    const before = site.requests.length;
    const chunksBefore = await chunkCount(handle.db, sourceId);
    const { run } = await runCrawl(scope, crawlDeps([site.port]), sourceId);

    const pageRequests = site.requests.slice(before).filter((request) => request.path.startsWith("/kth-rdm/") && !request.path.endsWith(".xml"));
    expect(pageRequests).toHaveLength(KTH_PAGES);
    expect(pageRequests.every((request) => request.conditional && request.status === 304)).toBe(true);
    expect(run).toMatchObject({ status: "completed", embedded: 0, indexed: 0, unchanged: KTH_PAGES, removed: 0, failed: 0 });
    const documents = await documentsOf(handle.db, sourceId);
    expect(documents.filter((document) => document.state === "unchanged")).toHaveLength(KTH_PAGES);
    expect(await chunkCount(handle.db, sourceId)).toBe(chunksBefore);
  });

  it("stops discovering at the page cap", async () => {
    const capped = await createUrlSource(scope, { url: `${site.origin}/kth-rdm/`, includeRelated: true, pageCap: 5 });
    const { run } = await runCrawl(scope, crawlDeps([site.port]), capped.id);
    expect(run).toMatchObject({ status: "completed", discovered: 5, indexed: 5 });
    expect(await documentsOf(handle.db, capped.id)).toHaveLength(5);
  });

  it("fetches only the start page when related pages are not included", async () => {
    const single = await createUrlSource(scope, { url: `${site.origin}/kth-rdm/faq/` });
    const before = site.requests.length;
    const { run } = await runCrawl(scope, crawlDeps([site.port]), single.id);
    expect(site.requests.slice(before).map((request) => request.path)).toEqual(["/robots.txt", "/kth-rdm/faq/"]);
    expect(run).toMatchObject({ status: "completed", indexed: 1 });
    const [document] = await documentsOf(handle.db, single.id);
    expect(document).toMatchObject({ key: `${site.origin}/kth-rdm/faq/`, state: "indexed" });
  });
});
