import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { agents, knowledgeSources } from "@/db/schema";
import { listChatModels } from "@/server/ai";
import { AppError } from "../errors";
import type { WorkspaceScope } from "../workspaces";
import { findAgentRow, toAgentDetail, type AgentDetail } from "./agents";
import { agentSettingsSchema, parseAgentSettings, type AgentSettings } from "./settings";

export interface DraftVersion {
  /** The `draftUpdatedAt` the caller's edits are based on; a newer draft means someone else saved meanwhile. */
  expectedDraftUpdatedAt?: Date;
}

// Stored at millisecond precision and always moved forward, so the Date a client holds identifies one version exactly.
const nextDraftVersion = sql`date_trunc('milliseconds', greatest(now(), ${agents.draftUpdatedAt} + interval '1 millisecond'))`;

function sameVersion(expected: Date): SQL {
  return sql`date_trunc('milliseconds', ${agents.draftUpdatedAt}) = ${expected.toISOString()}::timestamptz`;
}

function whereAgent(scope: WorkspaceScope, id: string, expected?: Date): SQL {
  const conditions = [eq(agents.id, id), eq(agents.workspaceId, scope.workspaceId)];
  if (expected) conditions.push(sameVersion(expected));
  return and(...conditions)!;
}

function assertModelAvailable(model: string) {
  if (!listChatModels().some((option) => option.id === model)) {
    throw new AppError("INVALID", `The model “${model}” is not available on this server. Choose another model.`);
  }
}

/** Source ids must name sources of this workspace: an id from elsewhere is refused, never silently kept. */
async function assertSourcesInWorkspace(scope: WorkspaceScope, sourceIds: string[] | null) {
  if (!sourceIds?.length) return;
  const wanted = [...new Set(sourceIds)];
  const found = await scope.db
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, scope.workspaceId), inArray(knowledgeSources.id, wanted)));
  if (found.length !== wanted.length) {
    throw new AppError("NOT_FOUND", "Some of the chosen knowledge sources no longer exist. Reload and choose again.");
  }
}

function parseDraft(settings: unknown): AgentSettings {
  const parsed = agentSettingsSchema.safeParse(settings);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".");
  throw new AppError("INVALID", issue ? `${field ? `${field}: ` : ""}${issue.message}` : "These settings are not valid.");
}

async function conflictOrMissing(scope: WorkspaceScope, id: string, message: string): Promise<never> {
  await findAgentRow(scope, id);
  throw new AppError("CONFLICT", message);
}

/** Saves the draft. Visitors keep seeing the live version until the draft is published. */
export async function updateDraft(scope: WorkspaceScope, id: string, settings: unknown, version: DraftVersion = {}): Promise<AgentDetail> {
  const draft = parseDraft(settings);
  await assertSourcesInWorkspace(scope, draft.sourceIds);
  assertModelAvailable(draft.model);
  const [row] = await scope.db
    .update(agents)
    .set({ draft, draftUpdatedAt: nextDraftVersion })
    .where(whereAgent(scope, id, version.expectedDraftUpdatedAt))
    .returning();
  if (!row) return conflictOrMissing(scope, id, "Someone else saved this agent since you opened it. Reload to see their changes.");
  return toAgentDetail(row);
}

/**
 * Makes the draft the version visitors see. With `expectedDraftUpdatedAt`, publishes only the draft
 * the person reviewed: if it changed meanwhile, nothing is published.
 */
export async function publishAgent(scope: WorkspaceScope, id: string, version: DraftVersion = {}): Promise<AgentDetail> {
  const current = await findAgentRow(scope, id);
  const draft = parseAgentSettings(current.draft);
  assertModelAvailable(draft.model);
  const [row] = await scope.db
    .update(agents)
    .set({ live: draft, publishedAt: new Date(), publishedBy: scope.actorId ?? null })
    .where(whereAgent(scope, id, version.expectedDraftUpdatedAt ?? current.draftUpdatedAt))
    .returning();
  if (!row) return conflictOrMissing(scope, id, "The draft changed since you reviewed it. Check the changes and publish again.");
  return toAgentDetail(row);
}

/** Throws away unpublished edits: the draft goes back to the live version. */
export async function discardDraft(scope: WorkspaceScope, id: string): Promise<AgentDetail> {
  const current = await findAgentRow(scope, id);
  if (!current.live) throw new AppError("INVALID", "This agent has never been published, so there is no live version to go back to.");
  const [row] = await scope.db
    .update(agents)
    .set({ draft: parseAgentSettings(current.live), draftUpdatedAt: nextDraftVersion })
    .where(whereAgent(scope, id))
    .returning();
  if (!row) throw new AppError("NOT_FOUND", "Agent not found.");
  return toAgentDetail(row);
}
