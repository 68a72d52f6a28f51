export interface FusedHit {
  id: string;
  score: number;
  vectorRank: number | null;
  textRank: number | null;
  vectorSimilarity: number | null;
  textScore: number | null;
}

/** Reciprocal rank fusion: rank positions, not raw scores, so cosine and ts_rank need no common scale. */
export const FUSION = { k: 60, vectorWeight: 1, textWeight: 1 };

export function fuseRankings(byVector: { id: string; similarity: number }[], byText: { id: string; rank: number }[]): FusedHit[] {
  const hits = new Map<string, FusedHit>();
  const hit = (id: string) => {
    let existing = hits.get(id);
    if (!existing) hits.set(id, (existing = { id, score: 0, vectorRank: null, textRank: null, vectorSimilarity: null, textScore: null }));
    return existing;
  };
  byVector.forEach((candidate, rank) => {
    const entry = hit(candidate.id);
    entry.vectorRank = rank;
    entry.vectorSimilarity = candidate.similarity;
    entry.score += FUSION.vectorWeight / (FUSION.k + rank + 1);
  });
  byText.forEach((candidate, rank) => {
    const entry = hit(candidate.id);
    entry.textRank = rank;
    entry.textScore = candidate.rank;
    entry.score += FUSION.textWeight / (FUSION.k + rank + 1);
  });
  return [...hits.values()].sort((a, b) => b.score - a.score);
}
