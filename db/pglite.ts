import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { drizzle } from "drizzle-orm/pglite";
import lockfile from "proper-lockfile";
import * as schema from "./schema";
import { sessionSettingsSql } from "./session-settings";
import type { Db } from "./types";

export class DataFolderInUseError extends Error {
  constructor(folder: string) {
    super(
      `The embedded database in ${folder} is already open in another process. ` +
        "Only one process may use a data folder: stop the other server, or set DATA_DIR to a different folder.",
    );
    this.name = "DataFolderInUseError";
  }
}

export interface PgliteHandle {
  db: Db;
  close(): Promise<void>;
}

/**
 * In-memory when `folder` is undefined (tests), otherwise persisted there. With `thread`, PGlite
 * runs on a worker thread (db/pglite-thread.ts), as the app server uses it; scripts and tests
 * keep it on their own thread.
 */
export async function openPglite(folder?: string, options: { thread?: boolean } = {}): Promise<PgliteHandle> {
  const release = folder ? await lockDataFolder(folder) : async () => {};
  const dataDir = folder ? path.join(folder, "pglite") : undefined;
  try {
    if (options.thread) {
      const { openPgliteThread } = await import("./pglite-thread");
      const { db, thread } = await openPgliteThread(dataDir);
      return {
        db,
        async close() {
          await thread.close();
          await release();
        },
      };
    }
    const client = await PGlite.create(dataDir, { extensions: { vector } });
    // The extension must exist before its settings mean anything; migrations create it too.
    await client.exec(`CREATE EXTENSION IF NOT EXISTS vector; ${sessionSettingsSql}`);
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
    return {
      db,
      async close() {
        await client.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * Two processes on one PGlite folder get no error and silently lose writes, so a process must hold
 * the folder's lock. The lock refreshes its mtime while held; a crashed holder's lock goes stale
 * after a few seconds, so retrying for that long lets a restart after a crash succeed.
 */
async function lockDataFolder(folder: string): Promise<() => Promise<void>> {
  mkdirSync(folder, { recursive: true });
  const absolute = path.resolve(folder);
  const lock = (retries: number) =>
    lockfile.lock(absolute, {
      lockfilePath: path.join(absolute, "db.lock"),
      stale: 5_000,
      update: 2_000,
      retries: { retries, minTimeout: 1_000, maxTimeout: 1_000, factor: 1 },
      onCompromised: (error) => console.error(`[db] lost the lock on ${absolute}: ${error.message}`),
    });
  const isLocked = (error: unknown) => (error as NodeJS.ErrnoException).code === "ELOCKED";
  try {
    return await lock(0);
  } catch (error) {
    if (!isLocked(error)) throw error;
  }
  console.warn(`[db] ${absolute} is locked; waiting a few seconds in case its previous owner crashed…`);
  try {
    return await lock(7);
  } catch (error) {
    if (isLocked(error)) throw new DataFolderInUseError(absolute);
    throw error;
  }
}
