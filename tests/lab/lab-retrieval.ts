/**
 * Retrieval helpers for tests/lab/embedder-lab.ts: a compact BM25, brute-force cosine, reciprocal
 * rank fusion, and recall/MRR over documents (a document scores as its best chunk).
 */
import { tokenize } from "@/server/ai/hash-embedding/hash-features";
import { foldDiacritics } from "@/server/ai/hash-embedding/normalize";
import { stemWord } from "@/server/ai/hash-embedding/stemmers";
import { getStopWords } from "@/server/ai/hash-embedding/stop-words";

export type RankedChunk = { chunk: number; score: number };

export function analyzeForBm25(text: string, language: string): string[] {
  const stops = getStopWords(language);
  return tokenize(text)
    .filter((token) => !stops.has(token))
    .map((token) => foldDiacritics(stemWord(token, language)));
}

export type Bm25Index = { search(terms: string[], limit: number): RankedChunk[] };

export function buildBm25(documents: string[][], k1 = 1.2, b = 0.75): Bm25Index {
  const postings = new Map<string, Array<[number, number]>>();
  const lengths = documents.map((terms) => terms.length);
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, documents.length);
  documents.forEach((terms, index) => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      const list = postings.get(term) ?? [];
      list.push([index, count]);
      postings.set(term, list);
    }
  });
  return {
    search(terms, limit) {
      const scores = new Map<number, number>();
      for (const term of new Set(terms)) {
        const list = postings.get(term);
        if (!list) continue;
        const idf = Math.log(1 + (documents.length - list.length + 0.5) / (list.length + 0.5));
        for (const [index, tf] of list) {
          const norm = tf + k1 * (1 - b + (b * (lengths[index] as number)) / averageLength);
          scores.set(index, (scores.get(index) ?? 0) + (idf * tf * (k1 + 1)) / norm);
        }
      }
      return [...scores].map(([chunk, score]) => ({ chunk, score })).sort((x, y) => y.score - x.score).slice(0, limit);
    },
  };
}

export function searchCosine(query: Float32Array, vectors: Float32Array[], limit: number): RankedChunk[] {
  const scored: RankedChunk[] = vectors.map((vector, chunk) => {
    let dot = 0;
    for (let i = 0; i < vector.length; i++) dot += (vector[i] as number) * (query[i] as number);
    return { chunk, score: dot };
  });
  return scored.sort((x, y) => y.score - x.score).slice(0, limit);
}

export function fuseRrf(lists: RankedChunk[][], k = 60): RankedChunk[] {
  const scores = new Map<number, number>();
  for (const list of lists) list.forEach(({ chunk }, rank) => scores.set(chunk, (scores.get(chunk) ?? 0) + 1 / (k + rank + 1)));
  return [...scores].map(([chunk, score]) => ({ chunk, score })).sort((x, y) => y.score - x.score);
}

/** Document ids in order of their best chunk. */
export function rankDocuments(hits: RankedChunk[], chunkDoc: string[]): string[] {
  const seen = new Set<string>();
  const docs: string[] = [];
  for (const { chunk } of hits) {
    const doc = chunkDoc[chunk] as string;
    if (!seen.has(doc)) {
      seen.add(doc);
      docs.push(doc);
    }
  }
  return docs;
}

export type Metrics = { n: number; r1: number; r5: number; r10: number; mrr10: number };

export function scoreRankings(rankings: Array<{ docs: string[]; relevant: string[] }>): Metrics {
  const totals = { r1: 0, r5: 0, r10: 0, mrr10: 0 };
  for (const { docs, relevant } of rankings) {
    const rank = docs.slice(0, 10).findIndex((doc) => relevant.includes(doc));
    if (rank === -1) continue;
    if (rank < 1) totals.r1++;
    if (rank < 5) totals.r5++;
    totals.r10++;
    totals.mrr10 += 1 / (rank + 1);
  }
  const n = Math.max(1, rankings.length);
  return { n: rankings.length, r1: totals.r1 / n, r5: totals.r5 / n, r10: totals.r10 / n, mrr10: totals.mrr10 / n };
}
