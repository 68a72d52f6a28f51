import type { WorkspaceScope } from "../../workspaces";
import {
  headingCandidates,
  headingLineCandidates,
  questionLineCandidates,
  shortAnswerCandidates,
  titleCandidates,
  type CandidateFilter,
  type CandidateKind,
  type RawCandidate,
} from "./candidates";
import { cleanLine, fitsAsQuestion, looksLikeQuestion, phraseAsQuestion } from "./phrase";

export interface QuestionQuery {
  /** The sources an agent answers from; null for all of them. */
  sourceIds: string[] | null;
  /** Preferred languages, best first. Text of unknown language ranks after the first, other languages last. */
  languages: readonly string[];
  /** Leave out text in languages not listed (text of unknown language stays). */
  onlyTheseLanguages?: boolean;
  /** Ask about this page first (the page a visitor is on), when the knowledge has it. */
  pageUrl?: string | null;
  limit: number;
}

const kindRank: Record<CandidateKind, number> = { "short-answer": 0, "content-question": 1, heading: 2, title: 3 };

function languageRank(language: string | null, languages: readonly string[]): number {
  if (language === languages[0]) return 0;
  if (language === null) return 1;
  return languages.includes(language) ? 2 : 3;
}

/** The candidate as a visitor's question, or null when it cannot be asked. */
function asQuestion(candidate: RawCandidate): { text: string; rank: number } | null {
  if (candidate.kind === "short-answer") {
    const text = candidate.text.replace(/\s+/g, " ").trim();
    return fitsAsQuestion(text) ? { text, rank: kindRank["short-answer"] } : null;
  }
  const line = cleanLine(candidate.text);
  if (looksLikeQuestion(line)) return fitsAsQuestion(line) ? { text: line, rank: kindRank["content-question"] } : null;
  const text = phraseAsQuestion(line, candidate.language);
  return text ? { text, rank: kindRank[candidate.kind] } : null;
}

/**
 * Best first: the workspace's own short-answer questions, then by language, real questions before
 * phrased ones, then as found; repeats (ignoring case) dropped.
 */
export function rankQuestions(candidates: RawCandidate[], languages: readonly string[]): string[] {
  const ranked = candidates
    .map((candidate, order) => ({ question: asQuestion(candidate), language: languageRank(candidate.language, languages), order }))
    .filter((item): item is { question: { text: string; rank: number }; language: number; order: number } => item.question !== null)
    .sort((a, b) => Number(a.question.rank > 0) - Number(b.question.rank > 0) || a.language - b.language || a.question.rank - b.question.rank || a.order - b.order);
  const seen = new Set<string>();
  return ranked.map((item) => item.question.text).filter((text) => !seen.has(text.toLowerCase()) && Boolean(seen.add(text.toLowerCase())));
}

/** The page address as the crawler may have stored it: without fragment or query, with and without a trailing slash. */
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

async function documentCandidates(scope: WorkspaceScope, filter: CandidateFilter): Promise<RawCandidate[]> {
  const found = await Promise.all([
    questionLineCandidates(scope, filter),
    headingCandidates(scope, filter),
    headingLineCandidates(scope, filter),
    titleCandidates(scope, filter),
  ]);
  return found.flat();
}

/**
 * Questions to try an agent with or to suggest to a visitor, drawn from the knowledge it answers
 * from: on the visitor's page first when the knowledge has it, then short-answer questions, FAQ
 * items and question headings, then headings and titles asked about in their own language.
 */
export async function listQuestionCandidates(scope: WorkspaceScope, query: QuestionQuery): Promise<string[]> {
  const filter: CandidateFilter = { sourceIds: query.sourceIds, languages: query.onlyTheseLanguages ? query.languages : undefined };
  const urls = query.pageUrl ? pageVariants(query.pageUrl) : [];
  if (urls.length) {
    const onPage = rankQuestions(await documentCandidates(scope, { ...filter, urls }), query.languages);
    if (onPage.length) return onPage.slice(0, query.limit);
  }
  const [shortAnswers, documents] = await Promise.all([shortAnswerCandidates(scope, filter), documentCandidates(scope, filter)]);
  return rankQuestions([...shortAnswers, ...documents], query.languages).slice(0, query.limit);
}
