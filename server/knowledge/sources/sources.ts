import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { knowledgeDocuments, knowledgeSources, knowledgeSyncRuns } from "@/db/schema";
import { AppError } from "../../errors";
import type { WorkspaceScope } from "../../workspaces";

export type KnowledgeSource = typeof knowledgeSources.$inferSelect;
export type SyncRun = typeof knowledgeSyncRuns.$inferSelect;

export async function getSource(scope: WorkspaceScope, sourceId: string): Promise<KnowledgeSource> {
  const [source] = await scope.db
    .select()
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.id, sourceId), eq(knowledgeSources.workspaceId, scope.workspaceId)));
  if (!source) throw new AppError("NOT_FOUND", "Knowledge source not found.");
  return source;
}

/** Every source with its latest run and how many documents it has in the index. */
export async function listSources(scope: WorkspaceScope) {
  const sources = await scope.db
    .select()
    .from(knowledgeSources)
    .where(eq(knowledgeSources.workspaceId, scope.workspaceId))
    .orderBy(desc(knowledgeSources.createdAt));
  if (sources.length === 0) return [];
  const ids = sources.map((source) => source.id);
  const runs = await scope.db
    .selectDistinctOn([knowledgeSyncRuns.sourceId])
    .from(knowledgeSyncRuns)
    .where(and(eq(knowledgeSyncRuns.workspaceId, scope.workspaceId), inArray(knowledgeSyncRuns.sourceId, ids)))
    .orderBy(knowledgeSyncRuns.sourceId, desc(knowledgeSyncRuns.startedAt));
  const documents = await scope.db
    .select({ sourceId: knowledgeDocuments.sourceId, n: count() })
    .from(knowledgeDocuments)
    .where(
      and(
        eq(knowledgeDocuments.workspaceId, scope.workspaceId),
        inArray(knowledgeDocuments.sourceId, ids),
        inArray(knowledgeDocuments.state, ["indexed", "unchanged"]),
      ),
    )
    .groupBy(knowledgeDocuments.sourceId);
  const runBySource = new Map(runs.map((run) => [run.sourceId, run]));
  const docsBySource = new Map(documents.map((row) => [row.sourceId, row.n]));
  return sources.map((source) => ({
    ...source,
    latestRun: runBySource.get(source.id) ?? null,
    documentCount: docsBySource.get(source.id) ?? 0,
  }));
}

/**
 * The workspace's one source for its articles or its short answers, created on first use. A unique
 * index keeps it one: of two simultaneous first uses, the second insert does nothing and reads the first's.
 */
export async function ensureCollectionSource(scope: WorkspaceScope, kind: "articles" | "short_answers"): Promise<KnowledgeSource> {
  const find = async () =>
    (await scope.db
      .select()
      .from(knowledgeSources)
      .where(and(eq(knowledgeSources.workspaceId, scope.workspaceId), eq(knowledgeSources.kind, kind)))
      .limit(1))[0];
  const existing = await find();
  if (existing) return existing;
  const [created] = await scope.db
    .insert(knowledgeSources)
    .values({ workspaceId: scope.workspaceId, kind, name: kind === "articles" ? "Articles" : "Short answers", createdBy: scope.actorId ?? null })
    .onConflictDoNothing()
    .returning();
  return created ?? (await find())!;
}

export async function renameSource(scope: WorkspaceScope, sourceId: string, name: string) {
  const [source] = await scope.db
    .update(knowledgeSources)
    .set({ name: name.trim(), updatedAt: new Date() })
    .where(and(eq(knowledgeSources.id, sourceId), eq(knowledgeSources.workspaceId, scope.workspaceId)))
    .returning();
  if (!source) throw new AppError("NOT_FOUND", "Knowledge source not found.");
  return source;
}

/** Deletes a source with its documents, chunks and redaction records (cascades). */
export async function deleteSource(scope: WorkspaceScope, sourceId: string) {
  const source = await getSource(scope, sourceId);
  if (source.kind === "articles" || source.kind === "short_answers") {
    throw new AppError("INVALID", "Delete the articles or short answers themselves; this collection stays.");
  }
  await scope.db
    .delete(knowledgeSources)
    .where(and(eq(knowledgeSources.id, sourceId), eq(knowledgeSources.workspaceId, scope.workspaceId)));
}

/** Pages or files of a source with their state and errors, failures first. */
export async function listSourceDocuments(scope: WorkspaceScope, sourceId: string, limit = 200) {
  await getSource(scope, sourceId);
  return scope.db
    .select({
      id: knowledgeDocuments.id,
      url: knowledgeDocuments.url,
      title: knowledgeDocuments.title,
      state: knowledgeDocuments.state,
      error: knowledgeDocuments.error,
      httpStatus: knowledgeDocuments.httpStatus,
      language: knowledgeDocuments.language,
      indexedAt: knowledgeDocuments.indexedAt,
    })
    .from(knowledgeDocuments)
    .where(and(eq(knowledgeDocuments.workspaceId, scope.workspaceId), eq(knowledgeDocuments.sourceId, sourceId)))
    .orderBy(sql`case ${knowledgeDocuments.state} when 'failed' then 0 when 'queued' then 1 else 2 end`, knowledgeDocuments.url)
    .limit(limit);
}
