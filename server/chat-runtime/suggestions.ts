import type { Db } from "@/db/client";
// The questions module is the edge-safe part of knowledge: its index also loads parsers that need Node.
import { listQuestionCandidates } from "@/server/knowledge/edge";

const LIMIT = 3;

/**
 * Three questions to suggest in the widget, in the visitor's language: about the page the visitor
 * is on when the agent's knowledge has that page, otherwise about the agent's knowledge as a whole.
 */
export async function suggestQuestions(db: Db, input: { workspaceId: string; sourceIds: string[] | null; pageUrl: string | null; language: string }): Promise<string[]> {
  return listQuestionCandidates(
    { db, workspaceId: input.workspaceId },
    { sourceIds: input.sourceIds, languages: [input.language], onlyTheseLanguages: true, pageUrl: input.pageUrl, limit: LIMIT },
  );
}
