import robotsParser from "robots-parser";
import { z } from "zod";
import { isAppError } from "../../../errors";
import type { SyncDeps } from "../types";

/** The product token our user agent string starts with; robots.txt groups name it. */
export const CRAWLER_TOKEN = "CloserBot";

/** RFC 9309 §2.5: crawlers must parse at least 500 KiB; beyond that a file may be cut. */
const ROBOTS_PARSE_LIMIT = 500 * 1024;

/** What the run remembers about robots.txt, so later batches need not fetch it again. */
export const robotsStateSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("allow-all") }),
  z.object({ kind: z.literal("rules"), url: z.string(), text: z.string() }),
  /** Nothing may be fetched this run: robots.txt was unreachable, or the host itself is refused. */
  z.object({ kind: z.literal("blocked"), error: z.string() }),
]);
export type RobotsState = z.infer<typeof robotsStateSchema>;

export interface RobotsRules {
  isAllowed(url: string): boolean;
  crawlDelaySeconds: number | null;
  sitemaps: string[];
  /** Why nothing may be fetched this run, or null. */
  blocked: string | null;
}

type Fetch = SyncDeps["fetch"];

function unreachable(detail: string): RobotsState {
  return {
    kind: "blocked",
    error: `The site's robots.txt could not be read (${detail}), so nothing was crawled this time, as the robots.txt standard asks. Try again later.`,
  };
}

/**
 * RFC 9309 §2.3.1: a 2xx gives the rules; 4xx means there are none (allow all); 5xx or no answer
 * means assume everything is disallowed. 429 is treated like a 5xx: the server asked us to back off.
 * A refusal by the guarded fetch (private address, bad URL) blocks the run with its own message.
 */
export async function fetchRobots(fetch: Fetch, origin: string): Promise<RobotsState> {
  const url = `${origin}/robots.txt`;
  let response;
  try {
    response = await fetch(url, { maxBytes: 2 * ROBOTS_PARSE_LIMIT, timeoutMs: 15_000 });
  } catch (error) {
    if (isAppError(error) && (error.code === "FORBIDDEN" || error.code === "INVALID")) return { kind: "blocked", error: error.message };
    if (isAppError(error) && error.code === "TOO_LARGE") return { kind: "allow-all" };
    return unreachable(isAppError(error) ? error.message : "no answer");
  }
  if (response.status >= 200 && response.status < 300) {
    // Rules apply to the host asked about, even when the file was served after a redirect.
    return { kind: "rules", url, text: response.text().slice(0, ROBOTS_PARSE_LIMIT) };
  }
  if (response.status === 429 || response.status >= 500) return unreachable(`server answered ${response.status}`);
  return { kind: "allow-all" };
}

export function readRobots(state: RobotsState): RobotsRules {
  if (state.kind === "allow-all") return { isAllowed: () => true, crawlDelaySeconds: null, sitemaps: [], blocked: null };
  if (state.kind === "blocked") return { isAllowed: () => false, crawlDelaySeconds: null, sitemaps: [], blocked: state.error };
  const robots = robotsParser(state.url, state.text);
  const delay = robots.getCrawlDelay(CRAWLER_TOKEN);
  return {
    // The parser answers undefined for URLs of another origin; those are out of scope anyway.
    isAllowed: (url) => robots.isAllowed(url, CRAWLER_TOKEN) !== false,
    crawlDelaySeconds: typeof delay === "number" && Number.isFinite(delay) ? delay : null,
    sitemaps: robots.getSitemaps(),
    blocked: null,
  };
}
