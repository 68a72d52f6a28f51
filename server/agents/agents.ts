import { and, desc, eq } from "drizzle-orm";
import { agents } from "@/db/schema";
import { AppError } from "../errors";
import type { WorkspaceScope } from "../workspaces";
import { diffSettings, type SettingsChange } from "./diff";
import { agentSettingsSchema, defaultAgentSettings, parseAgentSettings, type AgentSettings } from "./settings";

type AgentRow = typeof agents.$inferSelect;

export interface AgentSummary {
  id: string;
  name: string;
  published: boolean;
  hasUnpublishedChanges: boolean;
  publishedAt: Date | null;
  draftUpdatedAt: Date;
  createdAt: Date;
}

export interface AgentDetail {
  id: string;
  workspaceId: string;
  draft: AgentSettings;
  live: AgentSettings | null;
  /** What publishing would change; compared with a new agent's settings while the agent was never published. */
  changes: SettingsChange[];
  draftUpdatedAt: Date;
  publishedAt: Date | null;
  publishedBy: string | null;
  createdAt: Date;
}

/**
 * Changes against the live version, or while nothing is live against a new agent with this name
 * (the name is given at creation), so a first publish lists what was set up since and a brand-new
 * agent has nothing pending.
 */
export function pendingChanges(draft: AgentSettings, live: AgentSettings | null): SettingsChange[] {
  return diffSettings(draft, live ?? { ...defaultAgentSettings(), name: draft.name });
}

export function toAgentDetail(row: AgentRow): AgentDetail {
  const draft = parseAgentSettings(row.draft);
  const live = row.live ? parseAgentSettings(row.live) : null;
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    draft,
    live,
    changes: pendingChanges(draft, live),
    draftUpdatedAt: row.draftUpdatedAt,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    createdAt: row.createdAt,
  };
}

export async function findAgentRow(scope: WorkspaceScope, id: string): Promise<AgentRow> {
  const [row] = await scope.db.select().from(agents).where(and(eq(agents.id, id), eq(agents.workspaceId, scope.workspaceId)));
  if (!row) throw new AppError("NOT_FOUND", "Agent not found.");
  return row;
}

/** A new agent with the default settings and the given name; nothing is live until it is published. */
export async function createAgent(scope: WorkspaceScope, input: { name: string }): Promise<AgentDetail> {
  const parsed = agentSettingsSchema.shape.name.safeParse(input.name);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Give the agent a name.");
  const draft = { ...defaultAgentSettings(), name: parsed.data };
  const [row] = await scope.db
    .insert(agents)
    .values({ workspaceId: scope.workspaceId, draft, live: null, draftUpdatedAt: new Date(), createdBy: scope.actorId ?? null })
    .returning();
  return toAgentDetail(row!);
}

export async function listAgents(scope: WorkspaceScope): Promise<AgentSummary[]> {
  const rows = await scope.db.select().from(agents).where(eq(agents.workspaceId, scope.workspaceId)).orderBy(desc(agents.createdAt));
  return rows.map((row) => {
    const draft = parseAgentSettings(row.draft);
    const live = row.live ? parseAgentSettings(row.live) : null;
    return {
      id: row.id,
      name: draft.name,
      published: live !== null,
      hasUnpublishedChanges: live !== null && diffSettings(draft, live).length > 0,
      publishedAt: row.publishedAt,
      draftUpdatedAt: row.draftUpdatedAt,
      createdAt: row.createdAt,
    };
  });
}

export async function getAgent(scope: WorkspaceScope, id: string): Promise<AgentDetail> {
  return toAgentDetail(await findAgentRow(scope, id));
}

/** Deletes the agent with its conversations (cascade); the widget stops answering on every site at once. */
export async function deleteAgent(scope: WorkspaceScope, id: string): Promise<void> {
  const [deleted] = await scope.db
    .delete(agents)
    .where(and(eq(agents.id, id), eq(agents.workspaceId, scope.workspaceId)))
    .returning({ id: agents.id });
  if (!deleted) throw new AppError("NOT_FOUND", "Agent not found.");
}
