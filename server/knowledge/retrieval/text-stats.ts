import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { executeRows } from "@/db/execute";
import { sourceCondition, type SearchFilter } from "./candidates";
import type { QueryTerm } from "./text-plan";

export interface QueryTextStats {
  terms: QueryTerm[];
  /** Lexemes of the query per configuration, found in the content or not: the denominator of term coverage. */
  termsPerConfig: Map<string, number>;
  totalChunks: number;
  averageLength: number;
}

/**
 * The query's lexemes in each text-search configuration the searched content uses, with their
 * document frequencies and the collection's size, from the statistics tables the chunk triggers
 * keep: a handful of index lookups, however many chunks there are.
 */
export async function queryTextStats(db: DbOrTx, filter: SearchFilter, text: string): Promise<QueryTextStats> {
  const rows = await executeRows<{ config: string; lexeme: string; chunks: number; total: number; length: number }>(
    db,
    sql`with scope as (
          select s.ts_config, sum(s.chunks)::float8 as chunks, sum(s.terms)::float8 as terms
          from knowledge_source_stats s
          where s.workspace_id = ${filter.workspaceId} ${sourceCondition(filter, "s")}
          group by s.ts_config
        ), query_terms as (
          select distinct s.ts_config as config, l.lexeme
          from scope s cross join lateral unnest(tsvector_to_array(to_tsvector(s.ts_config, ${text}))) as l(lexeme)
        )
        select q.config::text as config, q.lexeme,
               coalesce((select sum(t.chunks) from knowledge_term_stats t
                         where t.workspace_id = ${filter.workspaceId} and t.ts_config = q.config and t.lexeme = q.lexeme ${sourceCondition(filter, "t")}), 0)::int as chunks,
               (select sum(chunks) from scope) as total, (select sum(terms) from scope) as length
        from query_terms q`,
  );
  const termsPerConfig = new Map<string, number>();
  for (const row of rows) termsPerConfig.set(row.config, (termsPerConfig.get(row.config) ?? 0) + 1);
  const totalChunks = Number(rows[0]?.total ?? 0);
  return {
    terms: rows.map((row) => ({ config: row.config, lexeme: row.lexeme, chunks: Number(row.chunks) })),
    termsPerConfig,
    totalChunks,
    averageLength: totalChunks > 0 ? Number(rows[0]?.length ?? 0) / totalChunks || 1 : 1,
  };
}
