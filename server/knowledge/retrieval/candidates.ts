import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { executeRows } from "@/db/execute";
import { toVectorLiteral } from "../index-store/vector-index";

export interface SearchFilter {
  workspaceId: string;
  /** Only these sources; all of the workspace's sources when undefined. */
  sourceIds?: readonly string[];
}

/** `and <alias>.source_id = any(…)` when the search is limited to some sources. */
export const sourceCondition = (filter: SearchFilter, alias = "c") =>
  filter.sourceIds ? sql`and ${sql.raw(alias)}.source_id = any(${`{${filter.sourceIds.join(",")}}`}::uuid[])` : sql``;

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
