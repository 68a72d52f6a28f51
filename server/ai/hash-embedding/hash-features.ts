import { FeatureCounts } from "./feature-counts";
import { combineHashes, hashRange, hashString, mixHash } from "./hash";
import { foldDiacritics, tokenize } from "./normalize";
import { stemWord } from "./stemmers";
import { getStopWords } from "./stop-words";

export type FeatureWeights = {
  /** Stems of content words. */
  word: number;
  /** Adjacent content-word stems (stop words skipped), e.g. "change … address". */
  bigram: number;
  /** Character n-grams inside word boundaries: morphology, compounds, typos. */
  char: number;
  /** Stop words: kept faintly so that all-stop-word texts still embed to something. */
  stop: number;
};

export type HashEmbeddingParams = {
  dimensions: number;
  charNgramMin: number;
  charNgramMax: number;
  weights: FeatureWeights;
};

// Distinct seeds keep the families apart in the shared hashed space.
const SEED_WORD = 0x1b873593;
const SEED_STOP = 0x2c1b3c6d;
const SEED_CHAR = 0x3a5e4f27;

// Reused across calls: embedding is synchronous, so no two texts are ever counted at once.
const words = new FeatureCounts();
const stopCounts = new FeatureCounts(256);
const bigrams = new FeatureCounts();
const chars = new FeatureCounts(16384);

function countCharNgrams(counts: FeatureCounts, word: string, min: number, max: number): void {
  const padded = `<${word}>`;
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= padded.length; i++) counts.add(hashRange(padded, i, i + n, SEED_CHAR));
    if (n >= padded.length) break;
  }
}

/**
 * Adds one family to the vector with sublinear tf (1 + ln tf), scaled so that the family's own
 * feature-space norm equals its weight: the final cosine is then roughly a weighted sum of
 * per-family cosines. Each feature lands in one bucket with a ±1 sign taken from an independent
 * hash bit, so collisions cancel out on average instead of adding a positive bias.
 */
function projectFamily(vector: Float32Array, counts: FeatureCounts, weight: number): void {
  if (weight === 0 || counts.size === 0) return;
  let sumSquares = 0;
  counts.forEach((_key, tf) => {
    const value = 1 + Math.log(tf);
    sumSquares += value * value;
  });
  const scale = weight / Math.sqrt(sumSquares);
  const dimensions = vector.length;
  counts.forEach((key, tf) => {
    const mixed = mixHash(key);
    const index = (mixed >>> 1) % dimensions;
    const value = (1 + Math.log(tf)) * scale;
    vector[index] = (vector[index] as number) + (mixed & 1 ? value : -value);
  });
}

function normalizeL2(vector: Float32Array): Float32Array {
  let sumSquares = 0;
  for (let i = 0; i < vector.length; i++) sumSquares += (vector[i] as number) ** 2;
  if (sumSquares === 0) {
    // Text with no features still gets a unit vector: the cosine distance to a zero vector is NaN.
    vector[0] = 1;
    return vector;
  }
  const inverse = 1 / Math.sqrt(sumSquares);
  for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] as number) * inverse;
  return vector;
}

export type HashedText = { vector: Float32Array; tokenCount: number };

/** Embeds pre-tokenised text; `language` picks the stemmer and stop words (null: neither). */
export function embedTokens(
  tokens: readonly string[],
  language: string | null,
  params: HashEmbeddingParams,
): HashedText {
  const stops = getStopWords(language);
  for (const counts of [words, stopCounts, bigrams, chars]) counts.clear();
  const useChars = params.charNgramMin > 0 && params.weights.char > 0;
  let previousStem: number | null = null;
  for (const token of tokens) {
    if (stops.has(token)) {
      stopCounts.add(hashString(token, SEED_STOP));
      continue;
    }
    const folded = foldDiacritics(token);
    const stem = hashString(foldDiacritics(stemWord(token, language)), SEED_WORD);
    words.add(stem);
    if (previousStem !== null) bigrams.add(combineHashes(previousStem, stem));
    previousStem = stem;
    if (useChars) countCharNgrams(chars, folded, params.charNgramMin, params.charNgramMax);
  }
  const vector = new Float32Array(params.dimensions);
  projectFamily(vector, words, params.weights.word);
  projectFamily(vector, bigrams, params.weights.bigram);
  projectFamily(vector, chars, params.weights.char);
  projectFamily(vector, stopCounts, params.weights.stop);
  return { vector: normalizeL2(vector), tokenCount: tokens.length };
}

export { tokenize };
