import { cron } from "inngest";
import { getDb } from "@/db/client";
import { getEmbedder } from "@/server/ai";
import { reembedStaleDocuments, startScheduledResyncs } from "@/server/knowledge";
import { defineJob } from "../define-job";
import { reembedRequested } from "../events";

/** Starts the scheduled resyncs of URL sources that are due. */
export const resyncDueSourcesJob = defineJob({ id: "resync-due-sources", triggers: [cron("*/15 * * * *")] }, async ({ step }) => {
  const events = await step.run("start-due-resyncs", async () => startScheduledResyncs(await getDb()));
  if (events.length) await step.sendEvent("request-syncs", events);
  return { started: events.length };
});

/** After the embedding model changes, re-embeds stored documents in bounded batches. */
export const reembedKnowledgeJob = defineJob(
  { id: "reembed-knowledge", triggers: [reembedRequested, cron("30 * * * *")], concurrency: [{ limit: 1 }] },
  async ({ step }) => {
    let total = 0;
    for (let batch = 0; batch < 500; batch++) {
      const done = await step.run(`reembed-${batch}`, async () => reembedStaleDocuments(await getDb(), { embedder: await getEmbedder() }));
      total += done;
      if (done === 0) break;
    }
    return { reembedded: total };
  },
);
