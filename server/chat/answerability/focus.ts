import { contentTerms } from "@/server/ai";
import type { RetrievedPassage } from "../types";
import type { AnswerCalibration } from "./calibration";

type Passage = Pick<RetrievedPassage, "documentId" | "title" | "headingPath" | "language" | "vectorSimilarity" | "textScore" | "sourceKind">;

function titleCoverage(asked: Set<string>, passage: Passage, language: string | null): number {
  if (asked.size === 0) return 0;
  const found = new Set(contentTerms([passage.title, ...passage.headingPath].join("\n"), passage.language ?? language));
  return [...asked].filter((term) => found.has(term)).length / asked.size;
}

/**
 * The passages worth showing the model, best document first: documents are scored by meaning,
 * relative lexical rank and how much of the question their title and headings name; those within
 * `gap` of the best stay (at most `maxDocuments`), the rest would only be cited beside the answer.
 * A short answer that retrieval put first, or that scores with the best, is the workspace's own
 * word on the question and is kept alone.
 */
export function focusPassages<T extends Passage>(question: string, language: string | null, passages: T[], focus: AnswerCalibration["focus"]): T[] {
  if (passages.length === 0) return [];
  const asked = new Set(contentTerms(question, language));
  const topText = Math.max(...passages.map((passage) => passage.textScore ?? 0), 0);
  const score = (passage: Passage) =>
    (passage.vectorSimilarity ?? 0) + focus.lexicalWeight * (topText > 0 ? (passage.textScore ?? 0) / topText : 0) + focus.titleWeight * titleCoverage(asked, passage, language);
  const documents = new Map<string, number>();
  for (const passage of passages) documents.set(passage.documentId, Math.max(documents.get(passage.documentId) ?? -Infinity, score(passage)));
  const ranked = [...documents.entries()].sort((a, b) => b[1] - a[1]);
  const best = ranked[0]![1];
  const shortAnswer = passages.find((passage, i) => passage.sourceKind === "short_answers" && (i === 0 || documents.get(passage.documentId)! >= best - focus.gap));
  if (shortAnswer) return [shortAnswer];
  const kept = ranked.filter(([, value]) => value >= best - focus.gap).slice(0, focus.maxDocuments).map(([id]) => id);
  return kept.flatMap((id) => passages.filter((passage) => passage.documentId === id));
}
