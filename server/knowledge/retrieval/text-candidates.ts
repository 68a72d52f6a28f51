import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { executeRows } from "@/db/execute";
import { sourceCondition, type SearchFilter } from "./candidates";
import { BM25, planTextSearch, TEXT_SEARCH_LIMITS, type QueryTerm } from "./text-plan";
import { queryTextStats } from "./text-stats";

export interface TextHit {
  id: string;
  rank: number;
  matchedTerms: number;
  queryTerms: number;
}

export interface TextSearchOutcome {
  hits: TextHit[];
  /** Chunks scored: bounded by the plan's limits, not by how many chunks share a word. */
  candidates: number;
  /** Whether every matching chunk was a candidate (the ranking is then exact BM25). */
  exact: boolean;
  /**
   * Share of the query's words that no searched chunk contains, in the configuration that knows
   * most of them: a question about something the knowledge never mentions names words it lacks.
   */
  unknownTermShare: number;
}

function unknownTermShare(terms: QueryTerm[]): number {
  let best = 1;
  for (const group of byConfig(terms).values()) best = Math.min(best, group.filter((term) => term.chunks === 0).length / group.length);
  return terms.length ? best : 0;
}

/** A tsquery literal; quoted lexemes are taken as they are, without parsing them again. */
const tsquery = (terms: QueryTerm[], operator: "|" | "&") => terms.map((term) => `'${term.lexeme.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`).join(` ${operator} `);

function byConfig(terms: QueryTerm[]): Map<string, QueryTerm[]> {
  const groups = new Map<string, QueryTerm[]>();
  for (const term of terms) groups.set(term.config, [...(groups.get(term.config) ?? []), term]);
  return groups;
}

function matching(filter: SearchFilter, config: string, query: string, cap: number | null): SQL {
  return sql`(select c.id, c.ts_config, c.term_freqs, c.term_count from knowledge_chunks c
              where c.workspace_id = ${filter.workspaceId} ${sourceCondition(filter, "c")}
                and c.ts_config = ${config}::regconfig and c.tsv @@ ${query}::tsquery
              ${cap === null ? sql`` : sql`limit ${cap}`})`;
}

/**
 * Okapi BM25 over Postgres full-text search, with a cost that does not grow with how many chunks
 * share a word (see planTextSearch). Postgres' own ts_rank has no inverse document frequency, which
 * lets common words drown rare, telling ones; document frequencies come from the statistics tables,
 * term frequencies from each candidate's stored lexeme counts. The query is analysed once per
 * text-search configuration the content uses, so Swedish chunks match Swedish stems.
 */
export async function textCandidates(db: DbOrTx, filter: SearchFilter, text: string, limit: number, limits = TEXT_SEARCH_LIMITS): Promise<TextSearchOutcome> {
  if (!text.trim()) return { hits: [], candidates: 0, exact: true, unknownTermShare: 0 };
  const stats = await queryTextStats(db, filter, text);
  const unknown = unknownTermShare(stats.terms);
  const plan = planTextSearch(stats.terms, stats.totalChunks, limits);
  if (plan.scored.length === 0) return { hits: [], candidates: 0, exact: true, unknownTermShare: unknown };

  const found = [
    ...[...byConfig(plan.exhaustive)].map(([config, terms]) => matching(filter, config, tsquery(terms, "|"), null)),
    ...[...byConfig(plan.conjunctive)].map(([config, terms]) => matching(filter, config, tsquery(terms, "&"), limits.capPerQuery)),
  ];
  const widened = plan.widening.map((term) => matching(filter, term.config, tsquery([term], "|"), limits.capPerQuery));
  const scored = JSON.stringify(plan.scored.map(({ config, lexeme, idf }) => ({ config, lexeme, idf })));
  const k1 = sql.raw(String(BM25.k1));
  const b = sql.raw(String(BM25.b));
  // Each candidate's columns come from the scan that found it: no second visit to the chunk.
  const rows = await executeRows<{ id: string; rank: number; matched: number; config: string; candidates: number }>(
    db,
    sql`with query_terms as materialized (
          select * from jsonb_to_recordset(${scored}::jsonb) as q(config text, lexeme text, idf float8)
        ), found as materialized (${sql.join(found, sql` union all `)}),
        widened as materialized (
          ${widened.length ? sql`select w.* from (${sql.join(widened, sql` union all `)}) w where (select count(distinct id) from found) < ${limit}` : sql`select * from found where false`}
        ), candidates as (
          select distinct on (id) * from (select * from found union all select * from widened) unioned
        )
        select k.id, k.ts_config::text as config, s.matched, s.rank, count(*) over () as candidates
        from candidates k
        cross join lateral (
          select count(*) as matched,
                 coalesce(sum(t.idf * (t.tf * (${k1} + 1)) / (t.tf + ${k1} * (1 - ${b} + ${b} * coalesce(k.term_count, 0) / ${stats.averageLength}::float8))), 0) as rank
          from (
            select q.idf, (k.term_freqs ->> q.lexeme)::float8 as tf
            from query_terms q
            where q.config = k.ts_config::text
          ) t
          where t.tf is not null
        ) s
        order by s.rank desc, k.id
        limit ${limit}`,
  );
  return {
    hits: rows.map((row) => ({ id: row.id, rank: Number(row.rank), matchedTerms: Number(row.matched), queryTerms: stats.termsPerConfig.get(row.config) ?? 0 })),
    candidates: Number(rows[0]?.candidates ?? 0),
    exact: plan.exact,
    unknownTermShare: unknown,
  };
}
