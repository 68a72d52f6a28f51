import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { knowledgeChunks } from "@/db/schema";
import type { SyncDeps } from "@/server/knowledge/sync/types";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { buildDocsSite } from "../../support/fixtures/docs-site";
import { chunkCount, crawlDeps, createUrlSource, docsSiteRoutes, documentsOf, runCrawl, sitemapPagesServedAt, workspaceScope } from "./crawl-harness";
import { type SiteServer, startSiteServer } from "./site-server";

/** An English and a French help site under /club/: 48 pages, the start page alone and then batches of 10. */
const docs = buildDocsSite({ prefix: "/club/", languages: ["en", "fr"], pages: 24 });

/** Deps whose fetch never answers after `limit` requests: the process "dies" in the middle of a batch. */
function dyingDeps(deps: SyncDeps, limit: number): { deps: SyncDeps; died: Promise<void> } {
  let calls = 0;
  let die = () => {};
  const died = new Promise<void>((resolve) => {
    die = resolve;
  });
  return {
    died,
    deps: {
      ...deps,
      fetch: (url, options) => {
        calls += 1;
        if (calls <= limit) return deps.fetch(url, options);
        die();
        return new Promise(() => {});
      },
    },
  };
}

describe("a crawl killed halfway", () => {
  let handle: PgliteHandle;
  let site: SiteServer;
  let scope: WorkspaceScope;

  beforeAll(async () => {
    handle = await createTestDb();
    site = await startSiteServer({ routes: docsSiteRoutes(docs) });
    scope = await workspaceScope(handle.db);
  });
  afterAll(async () => {
    await site.close();
    await handle.close();
  });

  it("resumes from the frontier in the database and ends without duplicate documents or chunks", async () => {
    const source = await createUrlSource(scope, { url: `${site.origin}/club/`, includeRelated: true });
    const deps = crawlDeps([site.port]);

    // First process: two whole batches (the start page alone, then 10 of its links), then it dies
    // after 4 more pages of the third.
    const first = await runCrawl(scope, deps, source.id, { maxBatches: 2 });
    expect(first.finished).toBe(false);
    const dying = dyingDeps(deps, 4);
    void runCrawl(scope, dying.deps, source.id, { runId: first.run.id });
    await dying.died;
    const halfway = await documentsOf(handle.db, source.id);
    const doneHalfway = halfway.filter((document) => document.state !== "queued");
    expect(doneHalfway).toHaveLength(1 + 10 + 4);
    expect(halfway.some((document) => document.state === "queued")).toBe(true);

    // The job is started again for the same run: prepare, then batches.
    const requestsBefore = site.requests.length;
    const resumed = await runCrawl(scope, deps, source.id, { runId: first.run.id });
    expect(resumed.run.status).toBe("completed");
    const refetched = site.requests.slice(requestsBefore).map((request) => request.path);
    expect(refetched).not.toContain("/robots.txt");
    for (const document of doneHalfway) expect(refetched).not.toContain(new URL(document.key).pathname);

    const documents = await documentsOf(handle.db, source.id);
    expect(new Set(documents.map((document) => document.key)).size).toBe(documents.length);
    expect(documents.filter((document) => document.state === "queued")).toEqual([]);
    const indexed = documents.filter((document) => document.state === "indexed");
    expect(indexed.map((document) => document.key).sort()).toEqual(sitemapPagesServedAt(docs, site.origin).sort());
    expect(resumed.run).toMatchObject({ discovered: documents.length, indexed: indexed.length });

    const perDocument = await handle.db
      .select({ documentId: knowledgeChunks.documentId, n: count() })
      .from(knowledgeChunks)
      .where(eq(knowledgeChunks.sourceId, source.id))
      .groupBy(knowledgeChunks.documentId);
    expect(perDocument).toHaveLength(indexed.length);
    expect(resumed.run.embedded).toBe(await chunkCount(handle.db, source.id));
  });
});
