// The questions module is the edge-safe part of knowledge: its index also loads parsers that need Node.
import { listQuestionCandidates } from "@/server/knowledge/edge";
import type { WorkspaceScope } from "../workspaces";
import { getAgent } from "./agents";

const LIMIT = 6;

/** Up to six questions to try an agent's draft with, from the knowledge it answers from, in its first language first. */
export async function listTestQuestions(scope: WorkspaceScope, agentId: string): Promise<string[]> {
  const { draft } = await getAgent(scope, agentId);
  return listQuestionCandidates(scope, { sourceIds: draft.sourceIds, languages: draft.languages, limit: LIMIT });
}
