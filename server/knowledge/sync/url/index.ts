import { and, eq } from "drizzle-orm";
import { knowledgeDocuments } from "@/db/schema";
import { AppError } from "../../../errors";
import { type UrlSourceConfig, urlSourceConfig } from "../../sources/config";
import { countQueued, enqueueDocuments, nextQueued, removeUnseen } from "../queue";
import type { SourceSyncer, SyncContext } from "../types";
import { type Crawl, enqueueUrls, frontierKey, reusableDocuments, seedKnownPages } from "./frontier";
import { createPacer, type Pacer, requestIntervalMs } from "./pacer";
import { processPage } from "./process-page";
import { fetchRobots, readRobots, type RobotsState } from "./robots";
import { collectSitemapUrls } from "./sitemaps";
import { crawlScopeOf, defaultSitemapUrls, normalizeUrl } from "./scope";
import { type CrawlState, readCrawlState, writeCrawlState } from "./state";

export { crawlScopeOf, isInScope, normalizeUrl } from "./scope";

/** Pages per batch call, so each job step stays short and a crash loses little. */
const BATCH_PAGES = 10;
/** Time a batch may spend waiting for its turn at the host; a long Crawl-delay means fewer pages per batch. */
const BATCH_WAIT_BUDGET_MS = 60_000;

function readConfig(context: SyncContext): UrlSourceConfig {
  const parsed = urlSourceConfig.safeParse(context.source.config);
  if (!parsed.success) throw new AppError("INVALID", "This URL source's settings are invalid. Edit the source and save it again.");
  return parsed.data;
}

function startKeyOf(config: UrlSourceConfig): string {
  const key = normalizeUrl(config.url);
  if (!key) throw new AppError("INVALID", "The source's URL is not a web address (http or https).");
  return key;
}

function createCrawlPacer(context: SyncContext, config: UrlSourceConfig, state: CrawlState): Pacer {
  return createPacer({
    intervalMs: requestIntervalMs(config.requestsPerSecond, null),
    lastRequestAt: state.lastRequestAt,
    sleep: context.deps.sleep,
  });
}

function pacedFetch(context: SyncContext, pacer: Pacer): Crawl["fetch"] {
  return async (url, options) => {
    await pacer.wait();
    return context.deps.fetch(url, options);
  };
}

/** Rebuilds the crawl from the source and the run's saved robots.txt; every request goes through one pacer. */
function openCrawl(context: SyncContext, config: UrlSourceConfig, pacer: Pacer, robotsState: RobotsState): Crawl {
  const robots = readRobots(robotsState);
  pacer.intervalMs = requestIntervalMs(config.requestsPerSecond, robots.crawlDelaySeconds);
  return { context, config, scope: crawlScopeOf(config.url), robots, fetch: pacedFetch(context, pacer) };
}

async function enqueueFromSitemaps(crawl: Crawl): Promise<void> {
  const roots = crawl.robots.sitemaps.length ? crawl.robots.sitemaps : defaultSitemapUrls(crawl.scope);
  const urls = await collectSitemapUrls(crawl.fetch, roots, {
    // Only the site's own sitemaps are read; robots.txt may name others, which are not ours to crawl.
    acceptSitemap: (url) => normalizeUrl(url)?.startsWith(`${crawl.scope.origin}/`) ?? false,
    toPage: (url) => frontierKey(crawl, url),
    limits: { maxFiles: 20, maxDepth: 2, maxUrls: crawl.config.pageCap },
  });
  await enqueueUrls(crawl, urls.map((url) => ({ url, depth: 1 })));
}

/**
 * Crawls one page, or with `includeRelated` the site under the start URL's folder: robots.txt,
 * sitemaps and links, breadth-first, paced per host, with conditional requests on resync.
 */
export const urlSyncer: SourceSyncer = {
  async prepare(context) {
    const state = readCrawlState(context.run.state);
    if (state.prepared) return;
    const config = readConfig(context);
    const startKey = startKeyOf(config);
    const pacer = createCrawlPacer(context, config, state);
    let robotsState = state.robots;
    if (!robotsState) {
      robotsState = await fetchRobots(pacedFetch(context, pacer), crawlScopeOf(config.url).origin);
      // Saved at once, so a prepare that is retried after a crash does not ask for robots.txt again.
      await writeCrawlState(context.scope, context.run.id, { prepared: false, robots: robotsState, lastRequestAt: pacer.lastRequestAt });
    }
    const crawl = openCrawl(context, config, pacer, robotsState);
    // The start URL goes on the frontier even when it may not be fetched, so the run says why.
    await enqueueDocuments(context.scope.db, context.run, [{ key: startKey, url: startKey, depth: 0 }]);
    if (!crawl.robots.blocked && config.includeRelated) {
      await seedKnownPages(crawl);
      await enqueueFromSitemaps(crawl);
    }
    await writeCrawlState(context.scope, context.run.id, { prepared: true, robots: robotsState, lastRequestAt: pacer.lastRequestAt });
  },

  async batch(context) {
    const state = readCrawlState(context.run.state);
    if (!state.prepared || !state.robots) {
      await urlSyncer.prepare(context);
      return { done: false };
    }
    const config = readConfig(context);
    const pacer = createCrawlPacer(context, config, state);
    const crawl = openCrawl(context, config, pacer, state.robots);
    const limit = Math.max(1, Math.min(BATCH_PAGES, Math.floor(BATCH_WAIT_BUDGET_MS / pacer.intervalMs)));
    const documents = await nextQueued(context.scope.db, context.run, limit);
    if (documents.length === 0) return { done: true };
    const reusable = await reusableDocuments(context.scope.db, documents, context.deps.embedder.id);
    for (const document of documents) await processPage(crawl, document, reusable.has(document.id));
    await writeCrawlState(context.scope, context.run.id, { ...state, lastRequestAt: pacer.lastRequestAt });
    return { done: (await countQueued(context.scope.db, context.run)) === 0 };
  },

  async finish(context) {
    const state = readCrawlState(context.run.state);
    // A site that could not be crawled this time keeps what it had in the index.
    if (!state.robots || state.robots.kind === "blocked") return;
    const startKey = startKeyOf(readConfig(context));
    const [start] = await context.scope.db
      .select({ state: knowledgeDocuments.state })
      .from(knowledgeDocuments)
      .where(and(eq(knowledgeDocuments.sourceId, context.source.id), eq(knowledgeDocuments.key, startKey), eq(knowledgeDocuments.lastSeenRunId, context.run.id)));
    // Nor does one whose start page failed: the site is probably down, not emptied.
    if (start?.state === "failed") return;
    await removeUnseen(context.scope.db, context.run);
  },
};
