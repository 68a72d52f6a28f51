import { eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db/client";
import { agents } from "@/db/schema";
import { parseAgentSettings, type AgentSettings } from "./settings";

export interface LiveAgent {
  agentId: string;
  workspaceId: string;
  settings: AgentSettings;
  publishedAt: Date | null;
}

const agentId = z.uuid();

/**
 * The published version of an agent, for the public widget. Visitors have no workspace, so this is
 * looked up by id alone; an unknown id and a never-published agent both give null, and drafts are
 * never visible here.
 */
export async function getLiveAgent(db: DbOrTx, id: string): Promise<LiveAgent | null> {
  if (!agentId.safeParse(id).success) return null;
  const [row] = await db
    .select({ id: agents.id, workspaceId: agents.workspaceId, live: agents.live, publishedAt: agents.publishedAt })
    .from(agents)
    .where(eq(agents.id, id));
  if (!row?.live) return null;
  return { agentId: row.id, workspaceId: row.workspaceId, settings: parseAgentSettings(row.live), publishedAt: row.publishedAt };
}
