import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { executeRows } from "@/db/execute";

/** Like autovacuum's: re-analyze once changes reach fifty chunks plus a tenth of the table. */
const CHANGED_SHARE = 0.1;
const CHANGED_BASE = 50;

/**
 * Refreshes the planner's statistics on chunks after a sync that changed enough of them. Fresh
 * statistics keep full-text and vector queries on their indexes, and PGlite never analyzes by
 * itself; but ANALYZE of 100,000 chunks takes about a second, during which the embedded database
 * answers no one. Changes are the chunks the sync wrote plus how far the chunk count has moved
 * since the last ANALYZE (Postgres keeps that count in pg_class.reltuples).
 */
export async function refreshChunkStatistics(db: DbOrTx, writtenChunks: number): Promise<boolean> {
  const [row] = await executeRows<{ analyzed: number; current: number }>(
    db,
    sql`select (select reltuples from pg_class where oid = 'knowledge_chunks'::regclass)::float8 as analyzed,
               (select coalesce(sum(chunks), 0) from knowledge_source_stats)::float8 as current`,
  );
  const analyzed = Number(row?.analyzed ?? -1);
  const changed = writtenChunks + Math.abs(Number(row?.current ?? 0) - analyzed);
  // reltuples is -1 until the first ANALYZE.
  if (analyzed >= 0 && changed < CHANGED_BASE + CHANGED_SHARE * analyzed) return false;
  await db.execute(sql`analyze knowledge_chunks`);
  return true;
}
