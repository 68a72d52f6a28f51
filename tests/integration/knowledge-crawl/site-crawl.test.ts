import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { buildDocsSite, DOCS_SITE_PAGES } from "../../support/fixtures/docs-site";
import { chunkCount, crawlDeps, createUrlSource, docsSiteRoutes, documentsOf, runCrawl, sitemapPagesServedAt, workspaceScope } from "./crawl-harness";
import { type SiteServer, startSiteServer } from "./site-server";

/** An English and a Swedish help site under /guide/, with canonicals and a sitemap on the production origin. */
const docs = buildDocsSite({ prefix: "/guide/", languages: ["en", "sv"] });
/** Every page of both languages, as the sitemap lists them: several batches of 10. */
const PAGES = 2 * DOCS_SITE_PAGES;

describe("crawling a generated MkDocs help site under /guide/", () => {
  let handle: PgliteHandle;
  let site: SiteServer;
  let scope: WorkspaceScope;
  let sourceId: string;

  beforeAll(async () => {
    handle = await createTestDb();
    site = await startSiteServer({ routes: docsSiteRoutes(docs) });
    scope = await workspaceScope(handle.db);
    const source = await createUrlSource(scope, { url: `${site.origin}/guide/`, includeRelated: true });
    sourceId = source.id;
  });
  afterAll(async () => {
    await site.close();
    await handle.close();
  });

  it("indexes every page of the prefix, fetching nothing outside it and nothing twice", async () => {
    const { run } = await runCrawl(scope, crawlDeps([site.port]), sourceId);

    const paths = site.requests.map((request) => request.path);
    expect(paths.filter((path) => !path.startsWith("/guide/"))).toEqual(["/robots.txt", "/sitemap.xml"]);
    expect(paths).toContain("/guide/sitemap.xml");
    const pages = paths.filter((path) => path.startsWith("/guide/") && !path.endsWith(".xml"));
    expect(new Set(pages).size).toBe(pages.length);

    const documents = await documentsOf(handle.db, sourceId);
    expect(documents).toHaveLength(PAGES);
    const indexed = documents.filter((document) => document.state === "indexed");
    expect(indexed).toHaveLength(PAGES);
    const expected = sitemapPagesServedAt(docs, site.origin);
    expect(expected).toHaveLength(PAGES);
    expect(indexed.map((document) => document.key).sort()).toEqual(expected.sort());
    expect(documents.filter((document) => document.state === "failed")).toEqual([]);
    expect(indexed.filter((document) => document.language === "sv")).toHaveLength(PAGES / 2);
    expect(indexed.every((document) => document.etag && document.lastModified && document.httpStatus === 200)).toBe(true);
    expect(run).toMatchObject({ status: "completed", indexed: PAGES, fetched: pages.length, failed: 0 });
    expect(run.embedded).toBe(await chunkCount(handle.db, sourceId));
    expect(run.embedded).toBeGreaterThan(PAGES);
  });

  it("re-checks an unchanged site with conditional requests and embeds nothing", async () => {
    const before = site.requests.length;
    const chunksBefore = await chunkCount(handle.db, sourceId);
    const { run } = await runCrawl(scope, crawlDeps([site.port]), sourceId);

    const pageRequests = site.requests.slice(before).filter((request) => request.path.startsWith("/guide/") && !request.path.endsWith(".xml"));
    expect(pageRequests).toHaveLength(PAGES);
    expect(pageRequests.every((request) => request.conditional && request.status === 304)).toBe(true);
    expect(run).toMatchObject({ status: "completed", embedded: 0, indexed: 0, unchanged: PAGES, removed: 0, failed: 0 });
    const documents = await documentsOf(handle.db, sourceId);
    expect(documents.filter((document) => document.state === "unchanged")).toHaveLength(PAGES);
    expect(await chunkCount(handle.db, sourceId)).toBe(chunksBefore);
  });

  it("stops discovering at the page cap", async () => {
    // A workspace of its own: each address is a source only once per workspace.
    const scope = await workspaceScope(handle.db);
    const capped = await createUrlSource(scope, { url: `${site.origin}/guide/`, includeRelated: true, pageCap: 5 });
    const { run } = await runCrawl(scope, crawlDeps([site.port]), capped.id);
    expect(run).toMatchObject({ status: "completed", discovered: 5, indexed: 5 });
    expect(await documentsOf(handle.db, capped.id)).toHaveLength(5);
  });

  it("fetches only the start page when related pages are not included", async () => {
    const single = await createUrlSource(scope, { url: `${site.origin}/guide/faq/` });
    const before = site.requests.length;
    const { run } = await runCrawl(scope, crawlDeps([site.port]), single.id);
    expect(site.requests.slice(before).map((request) => request.path)).toEqual(["/robots.txt", "/guide/faq/"]);
    expect(run).toMatchObject({ status: "completed", indexed: 1 });
    const [document] = await documentsOf(handle.db, single.id);
    expect(document).toMatchObject({ key: `${site.origin}/guide/faq/`, state: "indexed" });
  });
});
