import { and, count, eq, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { knowledgeDocuments, knowledgeSources } from "@/db/schema";
import { AppError } from "../errors";
import { workspaceQuotas, type WorkspaceScope } from "../workspaces";

const formatMb = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/** Bytes of every file the workspace uploaded (as uploaded, before parsing). */
export async function storageBytesUsed(db: DbOrTx, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ bytes: sql<string>`coalesce(sum((${knowledgeSources.config}->>'size')::bigint), 0)` })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, workspaceId), eq(knowledgeSources.kind, "file")));
  return Number(row?.bytes ?? 0);
}

/** Call inside the upload's transaction, with the workspace row locked. */
export async function assertStorageRoom(db: DbOrTx, workspaceId: string, filename: string, bytes: number): Promise<void> {
  const { storageBytes } = workspaceQuotas();
  if (storageBytes === 0) return;
  const used = await storageBytesUsed(db, workspaceId);
  if (used + bytes > storageBytes) {
    throw new AppError("TOO_LARGE", `“${filename}” does not fit: this workspace uses ${formatMb(used)} of its ${formatMb(storageBytes)} for files. Delete files you no longer need.`);
  }
}

/**
 * Pages kept from crawled sites across the workspace. A source being crawled counts only the pages
 * its current run has kept, since the rest will be removed when the run ends.
 */
export async function crawledPagesUsed(db: DbOrTx, workspaceId: string, running?: { sourceId: string; runId: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(knowledgeDocuments)
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeDocuments.sourceId))
    .where(
      and(
        eq(knowledgeDocuments.workspaceId, workspaceId),
        eq(knowledgeSources.kind, "url"),
        sql`${knowledgeDocuments.state} <> 'removed'`,
        running
          ? or(sql`${knowledgeDocuments.sourceId} <> ${running.sourceId}`, eq(knowledgeDocuments.lastSeenRunId, running.runId))
          : undefined,
      ),
    );
  return row?.n ?? 0;
}

/** How many more pages a crawl may add before the workspace reaches its quota (Infinity without one). */
export async function crawlRoom(db: DbOrTx, workspaceId: string, running: { sourceId: string; runId: string }): Promise<number> {
  const { crawledPages } = workspaceQuotas();
  if (crawledPages === 0) return Number.POSITIVE_INFINITY;
  return Math.max(0, crawledPages - (await crawledPagesUsed(db, workspaceId, running)));
}

/** What the settings page shows next to each quota. */
export async function knowledgeUsage(scope: WorkspaceScope) {
  const quotas = workspaceQuotas();
  return {
    crawledPages: { used: await crawledPagesUsed(scope.db, scope.workspaceId), limit: quotas.crawledPages },
    storageBytes: { used: await storageBytesUsed(scope.db, scope.workspaceId), limit: quotas.storageBytes },
  };
}
