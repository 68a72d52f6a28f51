import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "./types";

/**
 * Runs raw SQL and returns its rows. Every driver we use (PGlite, node-postgres, Neon) answers
 * with `{ rows }`, but the shared `Db` type cannot say so; this is the one place that knows.
 */
export async function executeRows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
