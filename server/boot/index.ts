import { getDbHandle } from "@/db/client";
import { env } from "@/env";
import { isInngestConfigured } from "@/inngest/client";
import { startScheduler } from "@/inngest/scheduler";
import { resolveAuthSecret } from "../auth/local-secret";

/** Server start-up: open (and on the embedded default, migrate) the database, then start background work. */
export async function bootServer(): Promise<void> {
  try {
    const handle = await getDbHandle();
    console.info(`[db] ready (${handle.driver === "pglite" ? `embedded PGlite in ${env.DATA_DIR}` : handle.driver})`);
  } catch (error) {
    // A server without its database is useless, and a second process on the same data folder must not linger.
    console.error(`[db] ${(error as Error).message}`);
    process.exit(1);
  }
  resolveAuthSecret();
  if (isInngestConfigured()) {
    console.info("[jobs] sending background jobs to Inngest");
  } else if (!env.DISABLE_SCHEDULER) {
    const crons = startScheduler();
    console.info(`[jobs] running background jobs in-process (${crons.length} scheduled)`);
  }
}
