import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { executeRows } from "@/db/execute";
import { toVectorLiteral } from "../index-store/vector-index";
import { textSearchConfig } from "../language";

export interface SearchFilter {
  workspaceId: string;
  /** Only these sources; all of the workspace's sources when undefined. */
  sourceIds?: readonly string[];
}

const sourceCondition = (filter: SearchFilter) =>
  filter.sourceIds ? sql`and c.source_id = any(${`{${filter.sourceIds.join(",")}}`}::uuid[])` : sql``;

/**
 * Nearest chunks by cosine similarity through the model's partial HNSW index. The session's
 * iterative scans (db/session-settings.ts) keep recall up when the workspace and source filters
 * discard most of what the graph walk finds.
 */
export async function vectorCandidates(
  db: DbOrTx,
  filter: SearchFilter,
  model: { id: string; dimensions: number },
  vector: number[],
  limit: number,
): Promise<{ id: string; similarity: number }[]> {
  const dims = sql.raw(String(Math.trunc(model.dimensions)));
  const query = sql`${toVectorLiteral(vector)}::vector(${dims})`;
  const rows = await executeRows<{ id: string; distance: number }>(
    db,
    sql`select c.id, c.embedding::vector(${dims}) <=> ${query} as distance
        from knowledge_chunks c
        where c.workspace_id = ${filter.workspaceId} and c.embedding_model = ${model.id} ${sourceCondition(filter)}
        order by c.embedding::vector(${dims}) <=> ${query}
        limit ${limit}`,
  );
  return rows.map((row) => ({ id: row.id, similarity: 1 - Number(row.distance) }));
}

export const BM25 = { k1: 1.2, b: 0.75 };

interface CollectionStats {
  total: number;
  averageLength: number;
  at: number;
}
const statsCache = new Map<string, CollectionStats>();
const STATS_TTL_MS = 60_000;

/** Chunk count and average length in the searched scope, cached briefly: they drift slowly and cost a scan. */
async function collectionStats(db: DbOrTx, filter: SearchFilter): Promise<CollectionStats> {
  const key = `${filter.workspaceId}:${filter.sourceIds ? [...filter.sourceIds].sort().join(",") : "*"}`;
  const cached = statsCache.get(key);
  if (cached && Date.now() - cached.at < STATS_TTL_MS) return cached;
  const [row] = await executeRows<{ total: number; average: number | null }>(
    db,
    sql`select count(*)::float8 as total, avg(c.term_count)::float8 as average from knowledge_chunks c
        where c.workspace_id = ${filter.workspaceId} ${sourceCondition(filter)}`,
  );
  const stats = { total: Number(row?.total ?? 0), averageLength: Number(row?.average ?? 1) || 1, at: Date.now() };
  statsCache.set(key, stats);
  return stats;
}

/**
 * Okapi BM25 over Postgres full-text search. Postgres' own ts_rank has no inverse document
 * frequency, which lets common words drown rare, telling ones. Here every chunk matching any query
 * term is a candidate (one GIN-indexed pass), document frequencies are counted among those
 * candidates, and term frequencies come from the chunk's stored lexeme counts. The query is analysed
 * once per text-search configuration in use, so Swedish chunks match Swedish stems.
 */
export async function textCandidates(
  db: DbOrTx,
  filter: SearchFilter,
  text: string,
  configs: readonly string[],
  limit: number,
): Promise<{ id: string; rank: number; matchedTerms: number; queryTerms: number }[]> {
  if (configs.length === 0 || !text.trim()) return [];
  const stats = await collectionStats(db, filter);
  if (stats.total === 0) return [];
  const k1 = sql.raw(String(BM25.k1));
  const b = sql.raw(String(BM25.b));
  // MATERIALIZED keeps the planner from joining every chunk to every term before the match filter.
  const rows = await executeRows<{ id: string; rank: number; matched: number; terms: number }>(
    db,
    sql`with terms as materialized (
          select cfg, lexeme
          from unnest(${`{${configs.join(",")}}`}::regconfig[]) as cfg,
               unnest(tsvector_to_array(to_tsvector(cfg, ${text}))) as lexeme
        ), queries as materialized (
          select cfg, to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) as query, count(*) as n
          from terms group by cfg
        ), candidates as materialized (
          select c.id, c.ts_config, c.term_freqs, c.term_count, q.n as terms
          from knowledge_chunks c join queries q on c.ts_config = q.cfg
          where c.workspace_id = ${filter.workspaceId} ${sourceCondition(filter)} and c.tsv @@ q.query
        ), pairs as materialized (
          select cand.id, cand.term_count, cand.terms, t.cfg, t.lexeme, (cand.term_freqs ->> t.lexeme)::float8 as tf
          from candidates cand join terms t on t.cfg = cand.ts_config
          where cand.term_freqs ? t.lexeme
        ), frequencies as (
          select cfg, lexeme, ln(1 + (${stats.total}::float8 - count(*) + 0.5) / (count(*) + 0.5)) as idf
          from pairs group by cfg, lexeme
        )
        select p.id, count(*) as matched, max(p.terms) as terms,
               sum(f.idf * (p.tf * (${k1} + 1)) / (p.tf + ${k1} * (1 - ${b} + ${b} * p.term_count / ${stats.averageLength}::float8))) as rank
        from pairs p join frequencies f on f.cfg = p.cfg and f.lexeme = p.lexeme
        group by p.id
        order by rank desc
        limit ${limit}`,
  );
  return rows.map((row) => ({ id: row.id, rank: Number(row.rank), matchedTerms: Number(row.matched), queryTerms: Number(row.terms) }));
}

/** The text-search configurations a workspace's content uses, from its documents' languages. */
export async function workspaceTextConfigs(db: DbOrTx, workspaceId: string): Promise<string[]> {
  const rows = await executeRows<{ language: string | null }>(
    db,
    sql`select distinct language from knowledge_documents where workspace_id = ${workspaceId} and state in ('indexed', 'unchanged')`,
  );
  return [...new Set(rows.map((row) => textSearchConfig(row.language)))];
}
