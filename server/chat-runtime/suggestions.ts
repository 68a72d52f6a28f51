import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { knowledgeChunks, knowledgeDocuments, knowledgeSources, shortAnswers } from "@/db/schema";

const LIMIT = 3;

/** The page address without fragment, query or trailing slash differences, as the crawler stored it. */
function pageVariants(pageUrl: string): string[] {
  try {
    const url = new URL(pageUrl);
    url.hash = "";
    url.search = "";
    const base = url.href.replace(/\/$/, "");
    return [base, `${base}/`];
  } catch {
    return [];
  }
}

const looksLikeQuestion = (text: string) => /\?\s*$/.test(text);

/**
 * Three questions to suggest in the widget: headings of the page the visitor is on when the
 * agent's knowledge has that page, otherwise the workspace's short-answer questions, otherwise the
 * titles of its documents.
 */
export async function suggestQuestions(db: Db, input: { workspaceId: string; sourceIds: string[] | null; pageUrl: string | null; language: string }): Promise<string[]> {
  const inSources = input.sourceIds ? inArray(knowledgeDocuments.sourceId, input.sourceIds.length ? input.sourceIds : ["00000000-0000-0000-0000-000000000000"]) : undefined;
  const variants = input.pageUrl ? pageVariants(input.pageUrl) : [];
  if (variants.length) {
    const headings = await db
      .select({ heading: sql<string>`${knowledgeChunks.headingPath}[array_length(${knowledgeChunks.headingPath}, 1)]` })
      .from(knowledgeChunks)
      .innerJoin(knowledgeDocuments, eq(knowledgeDocuments.id, knowledgeChunks.documentId))
      .where(and(eq(knowledgeDocuments.workspaceId, input.workspaceId), inArray(knowledgeDocuments.url, variants), inSources, sql`array_length(${knowledgeChunks.headingPath}, 1) > 0`))
      .orderBy(asc(knowledgeChunks.ordinal))
      .limit(20);
    const unique = [...new Set(headings.map((row) => row.heading.trim()).filter((heading) => heading.length >= 8 && heading.length <= 90))];
    const ranked = [...unique.filter(looksLikeQuestion), ...unique.filter((heading) => !looksLikeQuestion(heading))];
    if (ranked.length) return ranked.slice(0, LIMIT);
  }
  const shortAnswerSource = await db
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, input.workspaceId), eq(knowledgeSources.kind, "short_answers")));
  const shortAnswersAllowed = shortAnswerSource.some((source) => !input.sourceIds || input.sourceIds.includes(source.id));
  if (shortAnswersAllowed) {
    const questions = await db
      .select({ question: shortAnswers.question })
      .from(shortAnswers)
      .where(and(eq(shortAnswers.workspaceId, input.workspaceId), or(eq(shortAnswers.language, input.language), sql`${shortAnswers.language} is null`)))
      .orderBy(desc(shortAnswers.updatedAt))
      .limit(LIMIT);
    if (questions.length) return questions.map((row) => row.question);
  }
  const titles = await db
    .selectDistinct({ title: knowledgeDocuments.title, indexedAt: knowledgeDocuments.indexedAt })
    .from(knowledgeDocuments)
    .where(and(eq(knowledgeDocuments.workspaceId, input.workspaceId), inSources, inArray(knowledgeDocuments.state, ["indexed", "unchanged"]), or(eq(knowledgeDocuments.language, input.language), sql`${knowledgeDocuments.language} is null`)))
    .orderBy(desc(knowledgeDocuments.indexedAt))
    .limit(10);
  return [...new Set(titles.map((row) => row.title).filter((title) => title.length >= 4 && title.length <= 90))].slice(0, LIMIT);
}
