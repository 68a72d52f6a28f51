import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

const ensured = new Set<string>();

export function vectorIndexName(modelId: string): string {
  return `knowledge_chunks_hnsw_${createHash("sha256").update(modelId).digest("hex").slice(0, 16)}`;
}

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * One partial HNSW index per embedding model, over `embedding::vector(<dims>)`: the column has no
 * fixed size so a model change needs no migration, and queries use the same expression to hit it.
 */
export async function ensureVectorIndex(db: DbOrTx, model: { id: string; dimensions: number }): Promise<void> {
  const key = `${model.id}:${model.dimensions}`;
  if (ensured.has(key)) return;
  const dims = Math.trunc(model.dimensions);
  await db.execute(
    sql.raw(
      `CREATE INDEX IF NOT EXISTS ${vectorIndexName(model.id)} ON knowledge_chunks ` +
        `USING hnsw ((embedding::vector(${dims})) vector_cosine_ops) WITH (m = 16, ef_construction = 64) ` +
        `WHERE embedding_model = ${literal(model.id)}`,
    ),
  );
  ensured.add(key);
}

/** `[0.1,0.2,…]`, pgvector's text form, for binding a query vector as a parameter. */
export function toVectorLiteral(vector: readonly number[]): string {
  return `[${vector.join(",")}]`;
}
