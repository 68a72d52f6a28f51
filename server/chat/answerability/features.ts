import { answerTypeOf, contentTerms, crossLanguageKeys, splitUnits, statesAnswerType } from "@/server/ai";
import type { RetrievedPassage } from "../types";

/**
 * Evidence that the retrieved passages answer the question, each on a 0–1 scale and meaningful for
 * any corpus: the engine weighs them (calibration.ts) to decide whether to answer at all.
 */
export interface AnswerabilityFeatures {
  /** The retriever's own estimate that its top results answer the query. */
  retrieval: number;
  /** Cosine similarity of the closest passage. */
  similarity: number;
  /** Share of the question's content words found in the best-covering of the top passages. */
  coverage: number;
  /** The same within one sentence: an answer usually says in one place what the question asks about; unrelated text scatters the words. */
  sentenceCoverage: number;
  /** The closest passage by meaning and the best lexical match come from the same document. */
  agreement: number;
  /** 1 unless the question asks for an amount or a time and the covering passage states none. */
  typeMatch: number;
  /** How far the closest document stands out from the closest unrelated one. */
  margin: number;
  /** The closest passage is in another language than the question. */
  crossLanguage: number;
  /** Share of the question's words that the whole knowledge never uses (from retrieval's term statistics). */
  unknownTerms: number;
}

export const FEATURE_NAMES = ["retrieval", "similarity", "coverage", "sentenceCoverage", "agreement", "typeMatch", "margin", "crossLanguage", "unknownTerms"] as const satisfies readonly (keyof AnswerabilityFeatures)[];

const COVERING_PASSAGES = 3;

type Passage = Pick<RetrievedPassage, "documentId" | "title" | "headingPath" | "content" | "language" | "vectorSimilarity" | "textScore">;

const passageText = (passage: Passage) => [passage.title, ...passage.headingPath, passage.content].join("\n");
const differs = (a: string | null, b: string | null) => Boolean(a && b && a !== b);

/** Share of the question's words in each text: by stems in one language, by translation-robust keys across two. */
function coverageOf(question: string, questionLanguage: string | null, passage: Passage): { passage: number; sentence: number } {
  const cross = differs(questionLanguage, passage.language);
  const keys = (text: string, language: string | null) => new Set(cross ? crossLanguageKeys(text, language) : contentTerms(text, language));
  const asked = keys(question, questionLanguage);
  if (asked.size === 0) return { passage: 0, sentence: 0 };
  const share = (found: Set<string>) => [...asked].filter((term) => found.has(term)).length / asked.size;
  const language = passage.language ?? questionLanguage;
  const sentences = splitUnits(passage.content, passage.language).map((unit) => share(keys(unit.text, language)));
  return { passage: share(keys(passageText(passage), language)), sentence: Math.max(0, ...sentences) };
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

export function answerabilityFeatures(question: string, questionLanguage: string | null, passages: Passage[], retrievalConfidence: number, unknownTermShare = 0): AnswerabilityFeatures {
  const closest = best(passages, (passage) => passage.vectorSimilarity);
  const lexical = best(passages, (passage) => passage.textScore);
  const similarity = closest?.vectorSimilarity ?? 0;
  const unrelated = best(
    passages.filter((passage) => passage.documentId !== closest?.documentId),
    (passage) => passage.vectorSimilarity,
  );
  const covering = passages.slice(0, COVERING_PASSAGES).map((passage) => ({ passage, coverage: coverageOf(question, questionLanguage, passage) }));
  const top = best(covering, (entry) => entry.coverage.passage);
  const type = answerTypeOf(question);
  return {
    retrieval: retrievalConfidence,
    similarity,
    coverage: top?.coverage.passage ?? 0,
    sentenceCoverage: Math.max(0, ...covering.map((entry) => entry.coverage.sentence)),
    agreement: closest && lexical && closest.documentId === lexical.documentId ? 1 : 0,
    typeMatch: !type || (top && statesAnswerType(top.passage.content, type)) ? 1 : 0,
    margin: closest ? similarity - (unrelated?.vectorSimilarity ?? 0) : 0,
    crossLanguage: differs(questionLanguage, (closest ?? passages[0])?.language ?? null) ? 1 : 0,
    unknownTerms: unknownTermShare,
  };
}
