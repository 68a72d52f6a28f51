import { asc, eq } from "drizzle-orm";
import { agents } from "@/db/schema";
import type { WorkspaceScope } from "../workspaces";
import { parseAgentSettings } from "./settings";

export interface AgentOverview {
  total: number;
  published: number;
  /** Live agents that list at least one website allowed to show them: ready to embed. */
  embeddable: number;
  /** The oldest agent, where a getting-started step sends someone with one agent. */
  firstAgentId: string | null;
}

export async function summarizeAgents(scope: WorkspaceScope): Promise<AgentOverview> {
  const rows = await scope.db
    .select({ id: agents.id, live: agents.live })
    .from(agents)
    .where(eq(agents.workspaceId, scope.workspaceId))
    .orderBy(asc(agents.createdAt));
  const live = rows.flatMap((row) => (row.live ? [parseAgentSettings(row.live)] : []));
  return {
    total: rows.length,
    published: live.length,
    embeddable: live.filter((settings) => settings.allowedDomains.length > 0).length,
    firstAgentId: rows[0]?.id ?? null,
  };
}
