import { migrateDb } from "@/db/migrate";
import { openPglite, type PgliteHandle } from "@/db/pglite";

/** A fresh, migrated in-memory PGlite. Each test file makes its own, so files never share state. */
export async function createTestDb(): Promise<PgliteHandle> {
  const handle = await openPglite();
  await migrateDb(handle.db, "pglite");
  return handle;
}
