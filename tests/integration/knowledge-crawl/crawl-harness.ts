import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { knowledgeChunks, knowledgeDocuments, knowledgeSources } from "@/db/schema";
import { createEmbedder } from "@/server/ai/embedder";
import { createLocalEmbedder } from "@/server/ai/local-embedder";
import { guardedFetch } from "@/server/http";
import { getRun, startSync } from "@/server/knowledge/sources/runs";
import { completeSync, prepareSync, syncBatch } from "@/server/knowledge/sync";
import type { SyncDeps } from "@/server/knowledge/sync/types";
import type { WorkspaceScope } from "@/server/workspaces";
import { createWorkspaceWithOwner } from "../../support/factories";
import type { DocsSite } from "../../support/fixtures/docs-site";
import type { SiteRoute } from "./site-server";

const local = createLocalEmbedder();
export const embedder = createEmbedder(local, { id: local.modelId, dimensions: local.dimensions });

/** Deps as the job passes them: the guarded fetch (loopback allowed for the test ports) and a fake sleep that records waits. */
export function crawlDeps(ports: number[], waits: number[] = []): SyncDeps {
  const allowlist = ports.map((port) => `127.0.0.1:${port}`);
  return {
    embedder,
    fetch: (url, options) => guardedFetch(url, { ...options, allowlist }),
    sleep: async (ms) => {
      waits.push(ms);
    },
  };
}

export async function workspaceScope(db: Db): Promise<WorkspaceScope> {
  const { workspace } = await createWorkspaceWithOwner(db);
  return { db, workspaceId: workspace.id };
}

export async function createUrlSource(scope: WorkspaceScope, config: Record<string, unknown>) {
  const [source] = await scope.db
    .insert(knowledgeSources)
    .values({ workspaceId: scope.workspaceId, kind: "url", name: String(config.url), config })
    .returning();
  return source!;
}

/**
 * Drives a sync the way the job does: prepare, batches until done, complete. With `maxBatches`
 * it stops early, like a killed process, and leaves the run running. `runId` resumes a run.
 */
export async function runCrawl(scope: WorkspaceScope, deps: SyncDeps, sourceId: string, options: { runId?: string; maxBatches?: number } = {}) {
  const runId = options.runId ?? (await startSync(scope, sourceId)).run.id;
  await prepareSync(scope, deps, runId);
  let batches = 0;
  for (;;) {
    if (options.maxBatches !== undefined && batches >= options.maxBatches) return { run: (await getRun(scope, runId))!, batches, finished: false };
    batches += 1;
    const { done } = await syncBatch(scope, deps, runId);
    if (done) break;
    if (batches > 500) throw new Error("the crawl does not end");
  }
  await completeSync(scope, deps, runId);
  return { run: (await getRun(scope, runId))!, batches, finished: true };
}

export async function documentsOf(db: Db, sourceId: string) {
  return db.select().from(knowledgeDocuments).where(eq(knowledgeDocuments.sourceId, sourceId));
}

export async function chunkCount(db: Db, sourceId: string, documentId?: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(knowledgeChunks)
    .where(documentId ? and(eq(knowledgeChunks.sourceId, sourceId), eq(knowledgeChunks.documentId, documentId)) : eq(knowledgeChunks.sourceId, sourceId));
  return row?.n ?? 0;
}

export async function sourceRow(db: Db, sourceId: string) {
  const [source] = await db.select().from(knowledgeSources).where(eq(knowledgeSources.id, sourceId));
  return source!;
}

/** Sent with every generated file, as a static host sends the file's modification time. */
const DOCS_SITE_MODIFIED = "Mon, 03 Nov 2025 09:00:00 GMT";

/** A generated docs site as the test server's in-memory routes: pages as HTML, the sitemap as XML. */
export function docsSiteRoutes(site: DocsSite): Record<string, SiteRoute> {
  const routes: Record<string, SiteRoute> = {};
  for (const [path, body] of site.files) {
    const type = path.endsWith(".xml") ? "application/xml" : "text/html; charset=utf-8";
    routes[path] = { body, type, headers: { "last-modified": DOCS_SITE_MODIFIED } };
  }
  return routes;
}

/** The pages the site's sitemap lists (on the production origin), moved to where the test serves them. */
export function sitemapPagesServedAt(site: DocsSite, origin: string): string[] {
  const xml = site.files.get(`${site.prefix}sitemap.xml`) ?? "";
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => `${origin}${site.prefix}${new URL(match[1]!).pathname.slice(1)}`);
}
