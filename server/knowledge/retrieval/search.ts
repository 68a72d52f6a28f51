import { inArray, sql } from "drizzle-orm";
import { knowledgeChunks, knowledgeDocuments, knowledgeSources } from "@/db/schema";
import type { Embedder } from "@/server/ai";
import type { RetrievedPassage } from "@/server/chat";
import type { WorkspaceScope } from "../../workspaces";
import { detectLanguage } from "../language";
import { vectorCandidates, type SearchFilter } from "./candidates";
import { fuseRankings, type FusedHit } from "./fuse";
import { confidenceFrom, type RetrievalSignals } from "./confidence";
import { textCandidates, type TextHit } from "./text-candidates";

export interface SearchOptions {
  query: string;
  sourceIds?: readonly string[];
  limit?: number;
  /** The visitor's browser language or the agent's language, to help detect a short query's language. */
  languageHint?: string | null;
}

/** The answer engine's passage (one type for both), plus where it ranked and which source holds it. */
export interface SearchResult extends FusedHit, Omit<RetrievedPassage, "chunkId" | "quote" | "sourceKind"> {
  sourceId: string;
  sourceKind: (typeof knowledgeSources.$inferSelect)["kind"];
}

export interface SearchResponse {
  results: SearchResult[];
  signals: RetrievalSignals;
  /** 0–1: how likely the top results answer the query. */
  confidence: number;
  queryLanguage: string | null;
  /** Milliseconds per step (language, embed, text, vector, fusion, load), as measured here. */
  timings: Record<string, number>;
}

const CANDIDATES = 40;

async function timed<T>(timings: Record<string, number>, step: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[step] = Math.round((performance.now() - started) * 10) / 10;
  }
}

/** Hybrid retrieval: vector and full-text candidates fused by reciprocal rank, always within the workspace and chosen sources. */
export async function searchKnowledge(scope: WorkspaceScope, deps: { embedder: Embedder }, options: SearchOptions): Promise<SearchResponse> {
  const limit = options.limit ?? 8;
  const filter: SearchFilter = { workspaceId: scope.workspaceId, sourceIds: options.sourceIds };
  const timings: Record<string, number> = {};
  const queryLanguage = await timed(timings, "language", () => detectLanguage(options.query, { hint: options.languageHint }));
  const empty = { results: [], signals: emptySignals(), confidence: 0, queryLanguage, timings };
  if (!options.query.trim() || (options.sourceIds && options.sourceIds.length === 0)) return empty;

  const [byVector, { hits: byText, unknownTermShare }] = await Promise.all([
    timed(timings, "embed", () => deps.embedder.embed([options.query], { language: queryLanguage })).then(([vector]) =>
      timed(timings, "vector", () => vectorCandidates(scope.db, filter, deps.embedder, vector!, CANDIDATES)),
    ),
    timed(timings, "text", () => textCandidates(scope.db, filter, options.query, CANDIDATES)),
  ]);
  const fusionStarted = performance.now();
  const fused = fuseRankings(byVector, byText);
  timings.fusion = Math.round((performance.now() - fusionStarted) * 10) / 10;
  if (fused.length === 0) return empty;
  const details = await timed(timings, "load", () => loadChunks(scope, fused.slice(0, Math.max(limit, 20)).map((hit) => hit.id)));
  const boosted = applyShortAnswerBoost(
    fused.filter((hit) => details.has(hit.id)).map((hit) => ({ ...hit, ...details.get(hit.id)! })),
  );
  const results = boosted.slice(0, limit);
  const signals = { ...collectSignals(results, byVector, byText), unknownTermShare };
  return { results, signals, confidence: confidenceFrom(signals), queryLanguage, timings };
}

async function loadChunks(scope: WorkspaceScope, ids: string[]) {
  const rows = await scope.db
    .select({
      id: knowledgeChunks.id,
      documentId: knowledgeChunks.documentId,
      sourceId: knowledgeChunks.sourceId,
      sourceKind: knowledgeSources.kind,
      title: knowledgeDocuments.title,
      url: knowledgeDocuments.url,
      anchor: knowledgeChunks.anchor,
      headingPath: knowledgeChunks.headingPath,
      content: knowledgeChunks.content,
      language: knowledgeChunks.language,
    })
    .from(knowledgeChunks)
    .innerJoin(knowledgeDocuments, sql`${knowledgeDocuments.id} = ${knowledgeChunks.documentId}`)
    .innerJoin(knowledgeSources, sql`${knowledgeSources.id} = ${knowledgeChunks.sourceId}`)
    .where(sql`${inArray(knowledgeChunks.id, ids)} and ${knowledgeChunks.workspaceId} = ${scope.workspaceId}`);
  return new Map(rows.map((row) => [row.id, row]));
}

/** A matching short answer is the workspace's own word on the question: it goes first. */
function applyShortAnswerBoost<T extends FusedHit & { sourceKind: string }>(hits: T[]): T[] {
  const top = hits[0]?.score ?? 0;
  return hits
    .map((hit) => (hit.sourceKind === "short_answers" && hit.vectorSimilarity !== null && hit.vectorSimilarity >= 0.45 ? { ...hit, score: hit.score + top } : hit))
    .sort((a, b) => b.score - a.score);
}

function emptySignals(): RetrievalSignals {
  return { topSimilarity: 0, secondSimilarity: 0, topTextRank: 0, termCoverage: 0, agreement: false, resultCount: 0, unknownTermShare: 0 };
}

function collectSignals(
  results: SearchResult[],
  byVector: { similarity: number }[],
  byText: TextHit[],
): Omit<RetrievalSignals, "unknownTermShare"> {
  const top = results[0];
  const lexical = top ? byText.find((hit) => hit.id === top.id) : undefined;
  return {
    topSimilarity: byVector[0]?.similarity ?? 0,
    secondSimilarity: byVector[1]?.similarity ?? 0,
    topTextRank: byText[0]?.rank ?? 0,
    termCoverage: lexical && lexical.queryTerms > 0 ? lexical.matchedTerms / lexical.queryTerms : 0,
    agreement: Boolean(top && top.vectorRank === 0 && top.textRank === 0),
    resultCount: results.length,
  };
}
