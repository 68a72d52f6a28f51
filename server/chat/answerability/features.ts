import { contentTerms, crossLanguageKeys } from "../../ai/content-terms";
import type { RetrievedPassage } from "../types";
import { answerTypeOf, statesAnswerType } from "../../ai/answer-type";

/**
 * Evidence that the retrieved passages answer the question, each on a 0–1 scale and meaningful for
 * any corpus: the engine weighs them (calibration.ts) to decide whether to answer at all.
 */
export interface AnswerabilityFeatures {
  /** Cosine similarity of the closest passage. */
  similarity: number;
  /** Share of the question's content words found in the best-covering of the top passages. */
  coverage: number;
  /** The closest passage by meaning and the best lexical match come from the same document. */
  agreement: number;
  /** 1 unless the question asks for an amount or a time and the covering passage states none. */
  typeMatch: number;
  /** How far the closest document stands out from the closest unrelated one. */
  margin: number;
  /** The closest passage is in another language than the question. */
  crossLanguage: number;
}

export const FEATURE_NAMES = ["similarity", "coverage", "agreement", "typeMatch", "margin", "crossLanguage"] as const satisfies readonly (keyof AnswerabilityFeatures)[];

const COVERING_PASSAGES = 3;

type Passage = Pick<RetrievedPassage, "documentId" | "title" | "headingPath" | "content" | "language" | "vectorSimilarity" | "textScore">;

const passageText = (passage: Passage) => [passage.title, ...passage.headingPath, passage.content].join("\n");
const differs = (a: string | null, b: string | null) => Boolean(a && b && a !== b);

function coverageOf(question: string, questionLanguage: string | null, passage: Passage): number {
  const cross = differs(questionLanguage, passage.language);
  const asked = new Set(cross ? crossLanguageKeys(question, questionLanguage) : contentTerms(question, questionLanguage));
  if (asked.size === 0) return 0;
  const found = new Set(cross ? crossLanguageKeys(passageText(passage), passage.language) : contentTerms(passageText(passage), passage.language ?? questionLanguage));
  let hits = 0;
  for (const term of asked) if (found.has(term)) hits++;
  return hits / asked.size;
}

function best<T>(items: T[], value: (item: T) => number | null): T | undefined {
  let top: T | undefined;
  let topValue = -Infinity;
  for (const item of items) {
    const v = value(item);
    if (v !== null && v > topValue) [top, topValue] = [item, v];
  }
  return top;
}

export function answerabilityFeatures(question: string, questionLanguage: string | null, passages: Passage[]): AnswerabilityFeatures {
  const closest = best(passages, (passage) => passage.vectorSimilarity);
  const lexical = best(passages, (passage) => passage.textScore);
  const similarity = closest?.vectorSimilarity ?? 0;
  const unrelated = best(
    passages.filter((passage) => passage.documentId !== closest?.documentId),
    (passage) => passage.vectorSimilarity,
  );
  const covering = passages.slice(0, COVERING_PASSAGES).map((passage) => ({ passage, coverage: coverageOf(question, questionLanguage, passage) }));
  const top = best(covering, (entry) => entry.coverage);
  const type = answerTypeOf(question);
  return {
    similarity,
    coverage: top?.coverage ?? 0,
    agreement: closest && lexical && closest.documentId === lexical.documentId ? 1 : 0,
    typeMatch: !type || (top && statesAnswerType(top.passage.content, type)) ? 1 : 0,
    margin: closest ? similarity - (unrelated?.vectorSimilarity ?? 0) : 0,
    crossLanguage: differs(questionLanguage, (closest ?? passages[0])?.language ?? null) ? 1 : 0,
  };
}
