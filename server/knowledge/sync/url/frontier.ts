import { and, count, eq, inArray, isNotNull, ne, notInArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { knowledgeChunks, knowledgeDocuments, knowledgeRedactions } from "@/db/schema";
import { crawlRoom } from "../../quotas";
import type { UrlSourceConfig } from "../../sources/config";
import { enqueueDocuments, type QueuedDocument } from "../queue";
import type { SyncContext, SyncDeps } from "../types";
import type { RobotsRules } from "./robots";
import { type CrawlScope, isInScope, isLikelyAsset, normalizeUrl } from "./scope";

/** Everything one batch of a crawl works with; rebuilt from the database for every call. */
export interface Crawl {
  context: SyncContext;
  config: UrlSourceConfig;
  scope: CrawlScope;
  robots: RobotsRules;
  /** `deps.fetch` behind the host's pacer. */
  fetch: SyncDeps["fetch"];
}

/** Bounds the `IN (…)` lists sent to the database. */
const KEY_CHUNK = 500;

/** The key a discovered URL gets on the frontier, or null when the crawl should not go there. */
export function frontierKey(crawl: Crawl, url: string): string | null {
  const key = normalizeUrl(url);
  if (!key || !isInScope(crawl.scope, key) || isLikelyAsset(key) || !crawl.robots.isAllowed(key)) return null;
  return key;
}

async function keysSeenThisRun(db: DbOrTx, crawl: Crawl, keys: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let start = 0; start < keys.length; start += KEY_CHUNK) {
    const rows = await db
      .select({ key: knowledgeDocuments.key })
      .from(knowledgeDocuments)
      .where(
        and(
          eq(knowledgeDocuments.sourceId, crawl.context.source.id),
          eq(knowledgeDocuments.lastSeenRunId, crawl.context.run.id),
          inArray(knowledgeDocuments.key, keys.slice(start, start + KEY_CHUNK)),
        ),
      );
    for (const row of rows) seen.add(row.key);
  }
  return seen;
}

/**
 * Puts in-scope, allowed URLs this run has not seen yet on the frontier, within the page cap.
 * Known pages are left as they are, so a resumed batch never re-queues work already done.
 */
export async function enqueueUrls(crawl: Crawl, entries: { url: string; depth: number }[]): Promise<number> {
  const { db } = crawl.context.scope;
  const { run, source } = crawl.context;
  const depths = new Map<string, number>();
  for (const entry of entries) {
    const key = frontierKey(crawl, entry.url);
    if (key && !depths.has(key)) depths.set(key, entry.depth);
  }
  if (depths.size === 0) return 0;
  const seen = await keysSeenThisRun(db, crawl, [...depths.keys()]);
  const fresh = [...depths].filter(([key]) => !seen.has(key));
  if (fresh.length === 0) return 0;
  const [counted] = await db
    .select({ n: count() })
    .from(knowledgeDocuments)
    .where(and(eq(knowledgeDocuments.sourceId, source.id), eq(knowledgeDocuments.lastSeenRunId, run.id)));
  const workspaceRoom = await crawlRoom(db, crawl.context.scope.workspaceId, { sourceId: source.id, runId: run.id });
  const room = Math.min(crawl.config.pageCap - (counted?.n ?? 0), workspaceRoom);
  if (room <= 0) return 0;
  return enqueueDocuments(
    db,
    run,
    fresh.slice(0, room).map(([key, depth]) => ({ key, url: key, depth })),
  );
}

/**
 * Re-queues the pages found before: those with content in the index, and those set aside as
 * duplicates, canonical aliases or redirects. A page answering 304 Not Modified has no body to take
 * links from, so without this its children would look unlinked and be removed at the end of a resync.
 * Broken links are not seeded: they come back only while a page still links to them.
 */
export async function seedKnownPages(crawl: Crawl): Promise<number> {
  const known = await crawl.context.scope.db
    .select({ key: knowledgeDocuments.key, depth: knowledgeDocuments.depth })
    .from(knowledgeDocuments)
    .where(
      and(
        eq(knowledgeDocuments.sourceId, crawl.context.source.id),
        or(isNotNull(knowledgeDocuments.contentHash), eq(knowledgeDocuments.state, "skipped")),
      ),
    )
    .orderBy(knowledgeDocuments.depth);
  return enqueueUrls(crawl, known.map((row) => ({ url: row.key, depth: row.depth })));
}

/** Documents whose stored chunks came from the current embedding model: only those may answer 304. */
export async function reusableDocuments(db: DbOrTx, documents: QueuedDocument[], modelId: string): Promise<Set<string>> {
  const ids = documents.filter((document) => document.contentHash).map((document) => document.id);
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: knowledgeChunks.documentId })
    .from(knowledgeChunks)
    .where(and(inArray(knowledgeChunks.documentId, ids), eq(knowledgeChunks.ordinal, 0), eq(knowledgeChunks.embeddingModel, modelId)));
  return new Set(rows.map((row) => row.id));
}

/** Takes a document out of the index (chunks, redaction records, hash) while keeping its row as a record. */
export async function dropContent(db: DbOrTx, documentId: string): Promise<void> {
  await db.delete(knowledgeChunks).where(eq(knowledgeChunks.documentId, documentId));
  await db.delete(knowledgeRedactions).where(eq(knowledgeRedactions.documentId, documentId));
  await db
    .update(knowledgeDocuments)
    .set({ contentHash: null, markdown: null, etag: null, lastModified: null })
    .where(eq(knowledgeDocuments.id, documentId));
}

/** Another page of this crawl already indexed with the same content, if any. */
export async function findDuplicate(crawl: Crawl, documentId: string, hash: string): Promise<string | null> {
  const [row] = await crawl.context.scope.db
    .select({ key: knowledgeDocuments.key, url: knowledgeDocuments.url })
    .from(knowledgeDocuments)
    .where(
      and(
        eq(knowledgeDocuments.sourceId, crawl.context.source.id),
        eq(knowledgeDocuments.contentHash, hash),
        eq(knowledgeDocuments.lastSeenRunId, crawl.context.run.id),
        ne(knowledgeDocuments.id, documentId),
        notInArray(knowledgeDocuments.state, ["failed", "removed", "skipped"]),
      ),
    )
    .limit(1);
  return row ? (row.url ?? row.key) : null;
}
