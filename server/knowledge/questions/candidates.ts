import { and, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { knowledgeChunks, knowledgeDocuments, knowledgeSources, shortAnswers } from "@/db/schema";
import type { WorkspaceScope } from "../../workspaces";

/** Where a candidate question comes from, in the order they are offered. */
export type CandidateKind = "short-answer" | "content-question" | "heading" | "title";

export interface RawCandidate {
  kind: CandidateKind;
  text: string;
  language: string | null;
}

export interface CandidateFilter {
  /** The sources an agent answers from; null for all of them. */
  sourceIds: string[] | null;
  /** Only documents at these addresses (the page a visitor is on). */
  urls?: string[];
  /** Only text in one of these languages, or of unknown language. */
  languages?: readonly string[];
}

const HEADING_ROWS = 60;
const QUESTION_LINE_ROWS = 40;
const TITLE_ROWS = 30;
const SHORT_ANSWER_ROWS = 30;

/** Lines of a chunk that are questions themselves: FAQ items, bold or listed questions. */
const QUESTION_LINE = String.raw`^[ \t]*(?:[-*+>#]+[ \t]+|\d+[.)][ \t]+)?(?:\*\*|__)?([^\n]{6,90}[?？])(?:\*\*|__)?[ \t]*$`;
/** Markdown headings kept inside a chunk's text (a short document is one chunk with its headings inline). */
const HEADING_LINE = String.raw`^#{1,6}[ \t]+([^\n]{3,90}?)[ \t#]*$`;

function inLanguages(column: typeof knowledgeDocuments.language | typeof shortAnswers.language, languages: readonly string[] | undefined): SQL | undefined {
  if (!languages) return undefined;
  return sql`(${column} is null or ${inArray(column, [...languages])})`;
}

function documentConditions(scope: WorkspaceScope, filter: CandidateFilter): SQL {
  const conditions: (SQL | undefined)[] = [
    eq(knowledgeDocuments.workspaceId, scope.workspaceId),
    inArray(knowledgeDocuments.state, ["indexed", "unchanged"]),
    // Short answers are offered on their own; their documents would only repeat them.
    ne(knowledgeSources.kind, "short_answers"),
    filter.sourceIds ? (filter.sourceIds.length ? inArray(knowledgeDocuments.sourceId, filter.sourceIds) : sql`false`) : undefined,
    filter.urls ? (filter.urls.length ? inArray(knowledgeDocuments.url, filter.urls) : sql`false`) : undefined,
    inLanguages(knowledgeDocuments.language, filter.languages),
  ];
  return and(...conditions)!;
}

export async function shortAnswerCandidates(scope: WorkspaceScope, filter: CandidateFilter): Promise<RawCandidate[]> {
  const sources = await scope.db
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, scope.workspaceId), eq(knowledgeSources.kind, "short_answers")));
  if (!sources.some((source) => !filter.sourceIds || filter.sourceIds.includes(source.id))) return [];
  const rows = await scope.db
    .select({ text: shortAnswers.question, language: shortAnswers.language })
    .from(shortAnswers)
    .where(and(eq(shortAnswers.workspaceId, scope.workspaceId), inLanguages(shortAnswers.language, filter.languages)))
    .orderBy(desc(shortAnswers.updatedAt))
    .limit(SHORT_ANSWER_ROWS);
  return rows.map((row) => ({ kind: "short-answer", ...row }));
}

/** The innermost heading of each chunk, in reading order of the most recently indexed documents. */
export async function headingCandidates(scope: WorkspaceScope, filter: CandidateFilter): Promise<RawCandidate[]> {
  const rows = await scope.db
    .select({ text: sql<string>`${knowledgeChunks.headingPath}[array_length(${knowledgeChunks.headingPath}, 1)]`, language: knowledgeDocuments.language })
    .from(knowledgeChunks)
    .innerJoin(knowledgeDocuments, eq(knowledgeDocuments.id, knowledgeChunks.documentId))
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeDocuments.sourceId))
    .where(and(documentConditions(scope, filter), sql`array_length(${knowledgeChunks.headingPath}, 1) > 0`))
    .orderBy(desc(knowledgeDocuments.indexedAt), knowledgeChunks.ordinal)
    .limit(HEADING_ROWS);
  return rows.map((row) => ({ kind: "heading", ...row }));
}

function linesMatching(scope: WorkspaceScope, filter: CandidateFilter, pattern: string, rows: number) {
  return scope.db
    .select({ text: sql<string>`(regexp_matches(${knowledgeChunks.content}, ${pattern}, 'gn'))[1]`, language: knowledgeDocuments.language })
    .from(knowledgeChunks)
    .innerJoin(knowledgeDocuments, eq(knowledgeDocuments.id, knowledgeChunks.documentId))
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeDocuments.sourceId))
    .where(documentConditions(scope, filter))
    .orderBy(desc(knowledgeDocuments.indexedAt), knowledgeChunks.ordinal)
    .limit(rows);
}

/** Lines in the indexed text that are questions already, such as the items of an FAQ page. */
export async function questionLineCandidates(scope: WorkspaceScope, filter: CandidateFilter): Promise<RawCandidate[]> {
  const rows = await linesMatching(scope, filter, QUESTION_LINE, QUESTION_LINE_ROWS);
  return rows.map((row) => ({ kind: "content-question", ...row }));
}

/** Headings written inside chunks rather than above them. */
export async function headingLineCandidates(scope: WorkspaceScope, filter: CandidateFilter): Promise<RawCandidate[]> {
  const rows = await linesMatching(scope, filter, HEADING_LINE, HEADING_ROWS);
  return rows.map((row) => ({ kind: "heading", ...row }));
}

export async function titleCandidates(scope: WorkspaceScope, filter: CandidateFilter): Promise<RawCandidate[]> {
  const rows = await scope.db
    .select({ text: knowledgeDocuments.title, language: knowledgeDocuments.language })
    .from(knowledgeDocuments)
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeDocuments.sourceId))
    .where(documentConditions(scope, filter))
    .orderBy(desc(knowledgeDocuments.indexedAt))
    .limit(TITLE_ROWS);
  return rows.map((row) => ({ kind: "title", ...row }));
}
