import { z } from "zod";
import type { WorkspaceScope } from "../../../workspaces";
import { setRunState } from "../../sources/runs";
import { robotsStateSchema } from "./robots";

/** What the batches of one crawl share through the run row; everything else is in the documents table. */
const crawlStateSchema = z.object({
  /** Set once robots.txt, the sitemaps and the seeds are on the frontier; a resumed job skips that work. */
  prepared: z.boolean().default(false),
  robots: robotsStateSchema.optional(),
  /** Epoch ms of the last request to the host, so the pace holds across batches and processes. */
  lastRequestAt: z.number().nullable().default(null),
});
export type CrawlState = z.infer<typeof crawlStateSchema>;

export function readCrawlState(state: Record<string, unknown>): CrawlState {
  const parsed = crawlStateSchema.safeParse(state);
  return parsed.success ? parsed.data : { prepared: false, lastRequestAt: null };
}

export async function writeCrawlState(scope: WorkspaceScope, runId: string, state: CrawlState): Promise<void> {
  await setRunState(scope, runId, state);
}
