import { env } from "../env";
import { chooseDriver, type DriverChoice } from "./driver";
import { migrateDb } from "./migrate";
import * as schema from "./schema";
import { sessionSettingsOptions, sessionSettingsSql } from "./session-settings";
import type { Db } from "./types";

export type { Db, DbOrTx, Tx } from "./types";

/** The raw connection pool of a server database, for libraries that speak SQL themselves (rate limits). */
export interface SqlPool {
  query(query: { text: string; values?: unknown[]; name?: string }): Promise<unknown>;
}

export interface DbHandle {
  db: Db;
  driver: DriverChoice["kind"];
  /** Absent on the embedded database, which only this process can reach. */
  pool?: SqlPool;
  close(): Promise<void>;
}

const globalForDb = globalThis as typeof globalThis & { __closerDb?: Promise<DbHandle> };

/**
 * The app's database, opened on first use (never at import: `next build` imports route modules)
 * and kept on globalThis so every module graph in the process shares one connection.
 */
export function getDb(): Promise<Db> {
  return getDbHandle().then((handle) => handle.db);
}

export function getDbHandle(): Promise<DbHandle> {
  globalForDb.__closerDb ??= openDb(chooseDriver(env)).catch((error) => {
    globalForDb.__closerDb = undefined;
    throw error;
  });
  return globalForDb.__closerDb;
}

/** Installs an already-open database as the app's database: tests and eval scripts bring their own PGlite. */
export function provideDb(db: Db, driver: DriverChoice["kind"] = "pglite", pool?: SqlPool): void {
  globalForDb.__closerDb = Promise.resolve({ db, driver, pool, close: async () => {} });
}

export async function closeDb(): Promise<void> {
  const pending = globalForDb.__closerDb;
  globalForDb.__closerDb = undefined;
  if (pending) await (await pending).close();
}

async function openDb(choice: DriverChoice): Promise<DbHandle> {
  if (choice.kind === "pglite") {
    const { openPglite } = await import("./pglite");
    const handle = await openPglite(choice.dataDir, { thread: true });
    // The embedded default migrates itself so that a fresh clone needs no set-up step.
    await migrateDb(handle.db, "pglite");
    return { db: handle.db, driver: "pglite", close: handle.close };
  }
  if (choice.kind === "neon") {
    const { Pool, neonConfig } = await import("@neondatabase/serverless");
    const { drizzle } = await import("drizzle-orm/neon-serverless");
    if (typeof WebSocket === "undefined") neonConfig.webSocketConstructor = (await import("ws")).default;
    const pool = new Pool({ connectionString: choice.url, max: env.DATABASE_POOL_SIZE });
    // Neon's pooler ignores startup options, so each new connection is configured as it opens.
    pool.on("connect", (client: { query: (text: string) => Promise<unknown> }) => void client.query(sessionSettingsSql).catch(() => undefined));
    const db = drizzle({ client: pool, schema, casing: "snake_case" }) as unknown as Db;
    return { db, driver: "neon", pool: pool as unknown as SqlPool, close: () => pool.end() };
  }
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: choice.url, max: env.DATABASE_POOL_SIZE, options: sessionSettingsOptions });
  const db = drizzle({ client: pool, schema, casing: "snake_case" }) as unknown as Db;
  return { db, driver: "pg", pool, close: () => pool.end() };
}
