import { and, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { knowledgeChunks, knowledgeDocuments, knowledgeSources, shortAnswers } from "@/db/schema";
import type { WorkspaceScope } from "../workspaces";
import { getAgent } from "./agents";

const LIMIT = 6;
const MIN_CHARS = 8;
const MAX_CHARS = 90;
const NO_SOURCE = "00000000-0000-0000-0000-000000000000";

interface Candidate {
  text: string;
  language: string | null;
}

const looksLikeQuestion = (text: string) => /[?？¿]\s*$/.test(text);

/** First the agent's first language, then text of unknown language, then its other languages; others last. */
function languageRank(language: string | null, languages: readonly string[]): number {
  if (language === languages[0]) return 0;
  if (language === null) return 1;
  return languages.includes(language) ? 2 : 3;
}

/** Stable sort by language, then questions before statements; repeats (ignoring case) dropped. */
function rank(candidates: Candidate[], languages: readonly string[], questionsFirst: boolean): string[] {
  const sorted = candidates
    .map((candidate, order) => ({ ...candidate, text: candidate.text.trim().replace(/\s+/g, " "), order }))
    .filter((candidate) => candidate.text.length >= MIN_CHARS && candidate.text.length <= MAX_CHARS)
    .sort(
      (a, b) =>
        languageRank(a.language, languages) - languageRank(b.language, languages) ||
        (questionsFirst ? Number(looksLikeQuestion(b.text)) - Number(looksLikeQuestion(a.text)) : 0) ||
        a.order - b.order,
    );
  const seen = new Set<string>();
  return sorted.filter((candidate) => !seen.has(candidate.text.toLowerCase()) && seen.add(candidate.text.toLowerCase())).map((candidate) => candidate.text);
}

async function shortAnswerQuestions(scope: WorkspaceScope, sourceIds: string[] | null): Promise<Candidate[]> {
  const [source] = await scope.db
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, scope.workspaceId), eq(knowledgeSources.kind, "short_answers")));
  if (!source || (sourceIds && !sourceIds.includes(source.id))) return [];
  return scope.db
    .select({ text: shortAnswers.question, language: shortAnswers.language })
    .from(shortAnswers)
    .where(eq(shortAnswers.workspaceId, scope.workspaceId))
    .orderBy(desc(shortAnswers.updatedAt))
    .limit(30);
}

/** Section headings and titles of the indexed pages, files and articles the agent answers from. */
async function documentHeadings(scope: WorkspaceScope, sourceIds: string[] | null): Promise<Candidate[]> {
  const conditions: SQL[] = [
    eq(knowledgeDocuments.workspaceId, scope.workspaceId),
    inArray(knowledgeDocuments.state, ["indexed", "unchanged"]),
    // Short answers come first on their own; their documents would only repeat them.
    ne(knowledgeSources.kind, "short_answers"),
  ];
  if (sourceIds) conditions.push(inArray(knowledgeDocuments.sourceId, sourceIds.length ? sourceIds : [NO_SOURCE]));
  const where = and(...conditions);
  const headings = await scope.db
    .select({ text: sql<string>`${knowledgeChunks.headingPath}[array_length(${knowledgeChunks.headingPath}, 1)]`, language: knowledgeDocuments.language })
    .from(knowledgeChunks)
    .innerJoin(knowledgeDocuments, eq(knowledgeDocuments.id, knowledgeChunks.documentId))
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeDocuments.sourceId))
    .where(and(where, sql`array_length(${knowledgeChunks.headingPath}, 1) > 0`))
    .orderBy(desc(knowledgeDocuments.indexedAt), knowledgeChunks.ordinal)
    .limit(60);
  const titles = await scope.db
    .select({ text: knowledgeDocuments.title, language: knowledgeDocuments.language })
    .from(knowledgeDocuments)
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeDocuments.sourceId))
    .where(where)
    .orderBy(desc(knowledgeDocuments.indexedAt))
    .limit(30);
  return [...headings, ...titles];
}

/**
 * Up to six questions to try an agent's draft with, drawn from the knowledge it answers from:
 * short-answer questions first, then headings and titles of indexed documents, preferring the
 * agent's first language.
 */
export async function listTestQuestions(scope: WorkspaceScope, agentId: string): Promise<string[]> {
  const { draft } = await getAgent(scope, agentId);
  const questions = rank(await shortAnswerQuestions(scope, draft.sourceIds), draft.languages, false);
  if (questions.length >= LIMIT) return questions.slice(0, LIMIT);
  const headings = rank(await documentHeadings(scope, draft.sourceIds), draft.languages, true);
  const seen = new Set(questions.map((question) => question.toLowerCase()));
  return [...questions, ...headings.filter((heading) => !seen.has(heading.toLowerCase()))].slice(0, LIMIT);
}
