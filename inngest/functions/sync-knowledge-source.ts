import { getDb } from "@/db/client";
import { completeSync, defaultSyncDeps, failSync, prepareSync, syncBatch } from "@/server/knowledge";
import { defineJob } from "../define-job";
import { sourceSyncRequested } from "../events";

/** Inngest allows 1,000 steps per run: at ten pages a batch that is far beyond the largest page cap. */
const MAX_BATCHES = 900;

/**
 * Crawls, parses and indexes one source in resumable steps. Progress lives in the database, so a
 * retried or resumed run continues where the last finished step left off.
 */
export const syncKnowledgeSourceJob = defineJob(
  {
    id: "sync-knowledge-source",
    triggers: [sourceSyncRequested],
    concurrency: [
      { limit: 2, key: "event.data.workspaceId" },
      { limit: 1, key: "event.data.host" },
    ],
    retries: 3,
  },
  async ({ event, step }) => {
    const { workspaceId, runId } = event.data;
    const scope = { db: await getDb(), workspaceId };
    const deps = await defaultSyncDeps();
    const started = await step.run("prepare", () => prepareSync(scope, deps, runId));
    if (!started) return { skipped: true };
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const { done } = await step.run(`batch-${batch}`, () => syncBatch(scope, deps, runId));
      if (done) break;
    }
    await step.run("complete", () => completeSync(scope, deps, runId));
    return { runId };
  },
  async ({ event, error }) => {
    const { workspaceId, runId } = event.data;
    await failSync({ db: await getDb(), workspaceId }, runId, error);
  },
);
