import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { knowledgeSources, knowledgeSyncRuns } from "@/db/schema";
import type { AppEvent, AppEventName } from "../../events";
import type { WorkspaceScope } from "../../workspaces";
import { resyncIntervalMs, urlSourceConfig } from "./config";
import { getSource, type KnowledgeSource, type SyncRun } from "./sources";

export const SYNC_REQUESTED = "knowledge/source.sync-requested" satisfies AppEventName;

/**
 * The event that starts a sync job. `host` keys the per-host concurrency limit, so two sources on one
 * site never crawl it at once; other kinds get a key of their own.
 */
export function syncRequestedEvent(run: Pick<SyncRun, "id" | "workspaceId" | "sourceId"> & { host?: string | null }): AppEvent<typeof SYNC_REQUESTED> {
  return {
    name: SYNC_REQUESTED,
    id: `sync-${run.id}`,
    data: { workspaceId: run.workspaceId, sourceId: run.sourceId, runId: run.id, host: run.host ?? `source:${run.sourceId}` },
  };
}

function hostOf(source: KnowledgeSource): string | null {
  const url = source.kind === "url" ? urlSourceConfig.safeParse(source.config).data?.url : undefined;
  return url ? new URL(url).host : null;
}

/**
 * Starts a sync of a source, or returns the one already running: two crawls of one source at once
 * would only fight over the same pages. The caller sends `syncRequestedEvent(run)` after this commits.
 */
export async function startSync(scope: WorkspaceScope, sourceId: string): Promise<{ run: SyncRun; event: AppEvent<typeof SYNC_REQUESTED>; alreadyRunning: boolean }> {
  const result = await scope.db.transaction(async (tx) => {
    await tx
      .select({ id: knowledgeSources.id })
      .from(knowledgeSources)
      .where(and(eq(knowledgeSources.id, sourceId), eq(knowledgeSources.workspaceId, scope.workspaceId)))
      .for("update");
    const source = await getSource({ ...scope, db: tx }, sourceId);
    const [running] = await tx
      .select()
      .from(knowledgeSyncRuns)
      .where(and(eq(knowledgeSyncRuns.sourceId, sourceId), eq(knowledgeSyncRuns.status, "running")))
      .limit(1);
    if (running) return { run: running, source, alreadyRunning: true };
    const [run] = await tx.insert(knowledgeSyncRuns).values({ workspaceId: scope.workspaceId, sourceId }).returning();
    await tx.update(knowledgeSources).set({ status: "queued", lastError: null, updatedAt: new Date() }).where(eq(knowledgeSources.id, sourceId));
    return { run: run!, source, alreadyRunning: false };
  });
  return { ...result, event: syncRequestedEvent({ ...result.run, host: hostOf(result.source) }) };
}

export async function getRun(scope: WorkspaceScope, runId: string): Promise<SyncRun | null> {
  const [run] = await scope.db
    .select()
    .from(knowledgeSyncRuns)
    .where(and(eq(knowledgeSyncRuns.id, runId), eq(knowledgeSyncRuns.workspaceId, scope.workspaceId)));
  return run ?? null;
}

export type RunCounter = "discovered" | "fetched" | "indexed" | "unchanged" | "failed" | "removed" | "embedded";

/** Adds to a run's counters (pages fetched, failed, …) in one statement, so concurrent batches never lose a count. */
export async function addToRun(scope: WorkspaceScope, runId: string, deltas: Partial<Record<RunCounter, number>>) {
  const entries = Object.entries(deltas).filter(([, value]) => value);
  if (entries.length === 0) return;
  const set = Object.fromEntries(
    entries.map(([key, value]) => {
      const column = knowledgeSyncRuns[key as RunCounter];
      return [key, sql`${column} + ${value}`];
    }),
  );
  await scope.db.update(knowledgeSyncRuns).set(set).where(and(eq(knowledgeSyncRuns.id, runId), eq(knowledgeSyncRuns.workspaceId, scope.workspaceId)));
}

export async function setRunState(scope: WorkspaceScope, runId: string, state: Record<string, unknown>) {
  await scope.db.update(knowledgeSyncRuns).set({ state }).where(and(eq(knowledgeSyncRuns.id, runId), eq(knowledgeSyncRuns.workspaceId, scope.workspaceId)));
}

/** Closes a run and updates its source's status and schedule. */
export async function finishRun(scope: WorkspaceScope, runId: string, outcome: { status: "completed" | "failed" | "cancelled"; error?: string }) {
  const now = new Date();
  const [run] = await scope.db
    .update(knowledgeSyncRuns)
    .set({ status: outcome.status, error: outcome.error ?? null, finishedAt: now })
    .where(and(eq(knowledgeSyncRuns.id, runId), eq(knowledgeSyncRuns.workspaceId, scope.workspaceId)))
    .returning();
  if (!run) return;
  const source = await getSource(scope, run.sourceId);
  const schedule = source.kind === "url" ? urlSourceConfig.safeParse(source.config).data?.resync : undefined;
  const interval = schedule ? resyncIntervalMs[schedule] : null;
  await scope.db
    .update(knowledgeSources)
    .set({
      status: outcome.status === "completed" ? "ready" : outcome.status,
      lastError: outcome.error ?? null,
      lastSyncedAt: outcome.status === "completed" ? now : source.lastSyncedAt,
      nextSyncAt: interval ? new Date(now.getTime() + interval) : null,
      updatedAt: now,
    })
    .where(eq(knowledgeSources.id, run.sourceId));
}

/** Asks a running sync to stop; its job notices between batches. */
export async function cancelSync(scope: WorkspaceScope, sourceId: string) {
  await getSource(scope, sourceId);
  const [run] = await scope.db
    .select()
    .from(knowledgeSyncRuns)
    .where(and(eq(knowledgeSyncRuns.sourceId, sourceId), eq(knowledgeSyncRuns.status, "running")))
    .orderBy(desc(knowledgeSyncRuns.startedAt))
    .limit(1);
  if (!run) return null;
  await finishRun(scope, run.id, { status: "cancelled" });
  return run.id;
}

/** Events to resume the runs a crashed or restarted process left unfinished (the embedded default re-sends them at start). */
export async function interruptedRunEvents(db: DbOrTx): Promise<AppEvent<typeof SYNC_REQUESTED>[]> {
  const rows = await db
    .select({ run: knowledgeSyncRuns, source: knowledgeSources })
    .from(knowledgeSyncRuns)
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeSyncRuns.sourceId))
    .where(eq(knowledgeSyncRuns.status, "running"));
  return rows.map(({ run, source }) => syncRequestedEvent({ ...run, host: hostOf(source) }));
}
