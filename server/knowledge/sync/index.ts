import { and, count, eq } from "drizzle-orm";
import { knowledgeDocuments, knowledgeSources } from "@/db/schema";
import { isAppError } from "../../errors";
import type { WorkspaceScope } from "../../workspaces";
import { refreshChunkStatistics } from "../index-store/statistics";
import { finishRun, getRun } from "../sources/runs";
import { getSource } from "../sources/sources";
import { articlesSyncer, shortAnswersSyncer } from "./collections";
import { fileSyncer } from "./file";
import type { SourceSyncer, SyncContext, SyncDeps } from "./types";
import { urlSyncer } from "./url";

export type { SyncDeps } from "./types";

const syncers: Record<string, SourceSyncer> = {
  url: urlSyncer,
  file: fileSyncer,
  articles: articlesSyncer,
  short_answers: shortAnswersSyncer,
};

async function contextFor(scope: WorkspaceScope, deps: SyncDeps, runId: string): Promise<SyncContext | null> {
  const run = await getRun(scope, runId);
  // A cancelled or finished run does no more work, even if its job is still scheduled.
  if (!run || run.status !== "running") return null;
  return { scope, deps, run, source: await getSource(scope, run.sourceId) };
}

export async function prepareSync(scope: WorkspaceScope, deps: SyncDeps, runId: string): Promise<boolean> {
  const context = await contextFor(scope, deps, runId);
  if (!context) return false;
  await scope.db.update(knowledgeSources).set({ status: "syncing" }).where(eq(knowledgeSources.id, context.source.id));
  await syncers[context.source.kind]!.prepare(context);
  return true;
}

/** Processes one bounded batch; `done` once nothing is left or the run was cancelled. */
export async function syncBatch(scope: WorkspaceScope, deps: SyncDeps, runId: string): Promise<{ done: boolean }> {
  const context = await contextFor(scope, deps, runId);
  if (!context) return { done: true };
  return syncers[context.source.kind]!.batch(context);
}

/** Closes a run that went through all its work: tidies up and reports whether everything failed. */
export async function completeSync(scope: WorkspaceScope, deps: SyncDeps, runId: string): Promise<void> {
  const context = await contextFor(scope, deps, runId);
  if (!context) return;
  await syncers[context.source.kind]!.finish?.(context);
  const [failed] = await scope.db
    .select({ n: count() })
    .from(knowledgeDocuments)
    .where(and(eq(knowledgeDocuments.sourceId, context.source.id), eq(knowledgeDocuments.lastSeenRunId, runId), eq(knowledgeDocuments.state, "failed")));
  const [total] = await scope.db
    .select({ n: count() })
    .from(knowledgeDocuments)
    .where(and(eq(knowledgeDocuments.sourceId, context.source.id), eq(knowledgeDocuments.lastSeenRunId, runId)));
  const allFailed = (total?.n ?? 0) > 0 && failed?.n === total?.n;
  const run = await getRun(scope, runId);
  if (run && run.indexed + run.removed > 0) await refreshChunkStatistics(scope.db, run.embedded);
  if (allFailed) {
    const [first] = await scope.db
      .select({ error: knowledgeDocuments.error })
      .from(knowledgeDocuments)
      .where(and(eq(knowledgeDocuments.sourceId, context.source.id), eq(knowledgeDocuments.lastSeenRunId, runId)))
      .limit(1);
    await finishRun(scope, runId, { status: "failed", error: first?.error ?? "Nothing could be indexed." });
  } else {
    await finishRun(scope, runId, { status: "completed" });
  }
}

/**
 * Marks a run failed when its job gives up. The source shows a sentence meant for its admin; what
 * actually went wrong (a driver error, a stack) goes to the server log only.
 */
export async function failSync(scope: WorkspaceScope, runId: string, error: unknown): Promise<void> {
  const shown = isAppError(error) ? `The sync stopped: ${error.message}` : "The sync stopped because of a problem on our side. Try again; if it keeps failing, the server log has the details.";
  if (!isAppError(error)) console.error(`[knowledge] sync run ${runId} failed:`, error);
  const run = await getRun(scope, runId);
  if (run?.status === "running") await finishRun(scope, runId, { status: "failed", error: shown });
}
