import { getDbHandle } from "@/db/client";
import { env } from "@/env";
import { getEmbedder } from "@/server/ai";
import { resolveAuthSecret } from "@/server/auth";
import type { AppEvent } from "../events";
import { hasStaleEmbeddings, interruptedRunEvents } from "../knowledge";

/** The job runner, passed in by the caller so server/ does not depend on inngest/. */
export interface BootJobs {
  inngestConfigured: boolean;
  startScheduler: () => { length: number };
  runInProcess: (events: AppEvent[]) => void;
}

/** Server start-up: open (and on the embedded default, migrate) the database, then start background work. */
export async function bootServer(jobs: BootJobs): Promise<void> {
  let db;
  try {
    const handle = await getDbHandle();
    db = handle.db;
    console.info(`[db] ready (${handle.driver === "pglite" ? `embedded PGlite in ${env.DATA_DIR}` : handle.driver})`);
  } catch (error) {
    // A server without its database is useless, and a second process on the same data folder must not linger.
    console.error(`[db] ${(error as Error).message}`);
    process.exit(1);
  }
  resolveAuthSecret();
  if (jobs.inngestConfigured) {
    console.info("[jobs] sending background jobs to Inngest");
    return;
  }
  if (!env.DISABLE_SCHEDULER) {
    const crons = jobs.startScheduler();
    console.info(`[jobs] running background jobs in-process (${crons.length} scheduled)`);
  }
  // In-process runs die with the process; their progress is in the database, so pick them up again.
  const interrupted = await interruptedRunEvents(db);
  if (interrupted.length) console.info(`[jobs] resuming ${interrupted.length} interrupted knowledge sync(s)`);
  const embedder = await getEmbedder();
  const stale: AppEvent[] = (await hasStaleEmbeddings(db, embedder.id)) ? [{ name: "knowledge/embeddings.reembed-requested", data: { reason: "model changed" } }] : [];
  if (stale.length) console.info(`[jobs] the embedding model is now ${embedder.id}: re-embedding stored knowledge in the background`);
  jobs.runInProcess([...interrupted, ...stale]);
}
