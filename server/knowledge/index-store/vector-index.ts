import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

const ensured = new Set<string>();

/** FNV-1a: a stable, short name per model without Node's crypto (search also runs on the edge runtime). */
export function vectorIndexName(modelId: string): string {
  let hash = 0x811c9dc5;
  for (const char of modelId) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const readable = modelId.toLowerCase().replace(/[^a-z0-9]+/g, "_").slice(0, 30);
  return `knowledge_chunks_hnsw_${readable}_${hash.toString(16)}`;
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
