/** Crawl-delay values above this are capped so one batch (one job step) stays bounded in time. */
export const MAX_CRAWL_DELAY_SECONDS = 60;

export interface Pacer {
  /** Resolves when the next request to the host may be sent, and books that slot. */
  wait(): Promise<void>;
  intervalMs: number;
  /** When the last request was booked (epoch ms), kept in the run state so the next batch keeps the pace. */
  readonly lastRequestAt: number | null;
}

/** The gap between two requests: `requestsPerSecond`, or the site's Crawl-delay when that is slower. */
export function requestIntervalMs(requestsPerSecond: number, crawlDelaySeconds: number | null | undefined): number {
  const fromRate = 1000 / requestsPerSecond;
  const delay = Math.min(Math.max(crawlDelaySeconds ?? 0, 0), MAX_CRAWL_DELAY_SECONDS) * 1000;
  return Math.ceil(Math.max(fromRate, delay));
}

export function waitFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Spaces requests to one host at least `intervalMs` apart. After a wait it books the slot it waited
 * for rather than reading the clock again, so a fake `sleep` in tests sees the same waits as production.
 */
export function createPacer(options: {
  intervalMs: number;
  lastRequestAt?: number | null;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}): Pacer {
  const sleep = options.sleep ?? waitFor;
  const now = options.now ?? Date.now;
  let last = options.lastRequestAt ?? null;
  const pacer: Pacer = {
    intervalMs: options.intervalMs,
    get lastRequestAt() {
      return last;
    },
    async wait() {
      const current = now();
      if (last === null) {
        last = current;
        return;
      }
      const due = last + pacer.intervalMs;
      // Booked before sleeping, so concurrent callers queue behind this slot instead of sharing it.
      last = Math.max(current, due);
      if (current < due) await sleep(due - current);
    },
  };
  return pacer;
}
