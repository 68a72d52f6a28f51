import { and, eq, isNotNull, lte, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { knowledgeChunks, knowledgeDocuments, knowledgeSources, knowledgeSyncRuns } from "@/db/schema";
import { indexDocument, type IndexDeps } from "./pipeline/index-document";
import { startSync } from "./sources/runs";

/** URL sources whose scheduled resync is due and that are not syncing already. */
export async function listSourcesDueForResync(db: DbOrTx, now = new Date()) {
  return db
    .select({ id: knowledgeSources.id, workspaceId: knowledgeSources.workspaceId })
    .from(knowledgeSources)
    .where(
      and(
        eq(knowledgeSources.kind, "url"),
        isNotNull(knowledgeSources.nextSyncAt),
        lte(knowledgeSources.nextSyncAt, now),
        sql`not exists (select 1 from ${knowledgeSyncRuns} r where r.source_id = ${knowledgeSources.id} and r.status = 'running')`,
      ),
    );
}

export async function startScheduledResyncs(db: DbOrTx, now = new Date()) {
  const due = await listSourcesDueForResync(db, now);
  const events = [];
  for (const source of due) events.push((await startSync({ db, workspaceId: source.workspaceId }, source.id)).event);
  return events;
}

/**
 * Re-embeds, from the stored markdown, documents whose chunks came from another embedding model
 * (after the configured model changed). Bounded per call; returns how many it did.
 */
export async function reembedStaleDocuments(db: DbOrTx, deps: IndexDeps, limit = 20): Promise<number> {
  const stale = await db
    .selectDistinct({
      id: knowledgeDocuments.id,
      workspaceId: knowledgeDocuments.workspaceId,
      sourceId: knowledgeDocuments.sourceId,
      title: knowledgeDocuments.title,
      markdown: knowledgeDocuments.markdown,
      language: knowledgeDocuments.language,
      rejectSensitive: knowledgeSources.rejectSensitive,
    })
    .from(knowledgeChunks)
    .innerJoin(knowledgeDocuments, eq(knowledgeDocuments.id, knowledgeChunks.documentId))
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeDocuments.sourceId))
    .where(and(ne(knowledgeChunks.embeddingModel, deps.embedder.id), isNotNull(knowledgeDocuments.markdown)))
    .limit(limit);
  for (const document of stale) {
    await indexDocument({ db, workspaceId: document.workspaceId }, deps, {
      documentId: document.id,
      sourceId: document.sourceId,
      title: document.title,
      markdown: document.markdown ?? "",
      languageHint: document.language,
      rejectSensitive: document.rejectSensitive,
    });
  }
  return stale.length;
}

export async function hasStaleEmbeddings(db: DbOrTx, modelId: string): Promise<boolean> {
  const [row] = await db.select({ id: knowledgeChunks.id }).from(knowledgeChunks).where(ne(knowledgeChunks.embeddingModel, modelId)).limit(1);
  return Boolean(row);
}
