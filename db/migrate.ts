import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import type { DriverChoice } from "./driver";
import type { Db } from "./types";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** Applies the committed SQL migrations with the migrator that matches the driver. */
export async function migrateDb(db: Db, kind: DriverChoice["kind"]): Promise<void> {
  const config = { migrationsFolder };
  if (kind === "pglite") await migratePglite(db as never, config);
  else if (kind === "neon") await migrateNeon(db as never, config);
  else await migrateNodePostgres(db as never, config);
}
