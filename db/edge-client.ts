import { Pool } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-serverless";
import * as schema from "./schema";
import { sessionSettingsSql } from "./session-settings";
import type { Db } from "./types";

const globalForEdge = globalThis as typeof globalThis & { __closerEdgeDb?: { db: Db; pool: Pool } };

/**
 * The database for edge-runtime routes: Neon's serverless driver over WebSockets, the only one of
 * our three drivers that runs there. Deployments on Neon set DATABASE_URL; the embedded default
 * has no edge database and uses the Node routes.
 */
export function getEdgeDb(): { db: Db; pool: Pool } | null {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  if (!globalForEdge.__closerEdgeDb) {
    const pool = new Pool({ connectionString: url });
    pool.on("connect", (client: { query: (text: string) => Promise<unknown> }) => void client.query(sessionSettingsSql).catch(() => undefined));
    globalForEdge.__closerEdgeDb = { db: drizzle({ client: pool, schema, casing: "snake_case" }) as unknown as Db, pool };
  }
  return globalForEdge.__closerEdgeDb;
}
