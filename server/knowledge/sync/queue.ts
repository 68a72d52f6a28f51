import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { knowledgeDocuments } from "@/db/schema";
import { isAppError } from "../../errors";
import type { WorkspaceScope } from "../../workspaces";
import { addToRun } from "../sources/runs";

export type QueuedDocument = typeof knowledgeDocuments.$inferSelect;

/** Puts documents on this run's frontier (new ones queued, known ones re-queued) and counts the new arrivals. */
export async function enqueueDocuments(
  db: DbOrTx,
  run: { id: string; workspaceId: string; sourceId: string },
  documents: { key: string; url?: string | null; title?: string; depth?: number }[],
): Promise<number> {
  if (documents.length === 0) return 0;
  const rows = await db
    .insert(knowledgeDocuments)
    .values(
      documents.map((document) => ({
        workspaceId: run.workspaceId,
        sourceId: run.sourceId,
        key: document.key,
        url: document.url ?? null,
        title: document.title ?? "",
        depth: document.depth ?? 0,
        state: "queued" as const,
        lastSeenRunId: run.id,
      })),
    )
    .onConflictDoUpdate({
      target: [knowledgeDocuments.sourceId, knowledgeDocuments.key],
      set: { state: "queued", lastSeenRunId: run.id, error: null },
      setWhere: sql`${knowledgeDocuments.lastSeenRunId} is distinct from ${run.id}`,
    })
    .returning({ id: knowledgeDocuments.id });
  await addToRun({ db, workspaceId: run.workspaceId }, run.id, { discovered: rows.length });
  return rows.length;
}

export async function nextQueued(db: DbOrTx, run: { id: string; sourceId: string }, limit: number): Promise<QueuedDocument[]> {
  return db
    .select()
    .from(knowledgeDocuments)
    .where(and(eq(knowledgeDocuments.sourceId, run.sourceId), eq(knowledgeDocuments.lastSeenRunId, run.id), eq(knowledgeDocuments.state, "queued")))
    .orderBy(asc(knowledgeDocuments.depth), asc(knowledgeDocuments.createdAt))
    .limit(limit);
}

export async function markDocument(db: DbOrTx, documentId: string, changes: Partial<QueuedDocument>) {
  await db.update(knowledgeDocuments).set(changes).where(eq(knowledgeDocuments.id, documentId));
}

/** Records a failure on one document without stopping the rest of the run. Only AppError messages are shown. */
export async function failDocument(scope: WorkspaceScope, runId: string, documentId: string, error: unknown) {
  const message = isAppError(error) ? error.message : "Could not be processed.";
  if (!isAppError(error)) console.error(`[knowledge] document ${documentId}:`, error);
  await markDocument(scope.db, documentId, { state: "failed", error: message });
  await addToRun(scope, runId, { failed: 1 });
}

/** Deletes the source's documents this run did not see (pages gone from the site, unpublished articles). */
export async function removeUnseen(db: DbOrTx, run: { id: string; workspaceId: string; sourceId: string }): Promise<number> {
  const removed = await db
    .delete(knowledgeDocuments)
    .where(and(eq(knowledgeDocuments.sourceId, run.sourceId), sql`${knowledgeDocuments.lastSeenRunId} is distinct from ${run.id}`))
    .returning({ id: knowledgeDocuments.id });
  if (removed.length) await addToRun({ db, workspaceId: run.workspaceId }, run.id, { removed: removed.length });
  return removed.length;
}

export async function deleteDocuments(db: DbOrTx, sourceId: string, keys: string[]) {
  if (keys.length === 0) return;
  await db.delete(knowledgeDocuments).where(and(eq(knowledgeDocuments.sourceId, sourceId), inArray(knowledgeDocuments.key, keys)));
}

export async function countQueued(db: DbOrTx, run: { id: string; sourceId: string }): Promise<number> {
  const rows = await db
    .select({ id: knowledgeDocuments.id })
    .from(knowledgeDocuments)
    .where(and(eq(knowledgeDocuments.sourceId, run.sourceId), eq(knowledgeDocuments.lastSeenRunId, run.id), eq(knowledgeDocuments.state, "queued"), ne(knowledgeDocuments.key, "")))
    .limit(1);
  return rows.length;
}
