import { env } from "../env";
import { closeDb, getDbHandle } from "./client";
import { chooseDriver } from "./driver";
import { migrateDb } from "./migrate";

/** `npm run db:migrate`: applies migrations to the configured server (the embedded default migrates itself). */
const choice = chooseDriver(env);
const handle = await getDbHandle();
if (handle.driver !== "pglite") await migrateDb(handle.db, handle.driver);
console.log(`Migrations applied (${choice.kind}).`);
await closeDb();
