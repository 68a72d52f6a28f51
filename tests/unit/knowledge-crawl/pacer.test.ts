import { describe, expect, it } from "vitest";
import { createPacer, MAX_CRAWL_DELAY_SECONDS, requestIntervalMs } from "@/server/knowledge/sync/url/pacer";

/** A clock that only moves when the pacer sleeps. */
function fakeClock(start = 1_000_000) {
  let now = start;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    waits,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("requestIntervalMs", () => {
  it("uses the rate, or the Crawl-delay when slower, capped", () => {
    expect(requestIntervalMs(2, null)).toBe(500);
    expect(requestIntervalMs(0.5, null)).toBe(2000);
    expect(requestIntervalMs(2, 0.1)).toBe(500);
    expect(requestIntervalMs(2, 3)).toBe(3000);
    expect(requestIntervalMs(2, 86_400)).toBe(MAX_CRAWL_DELAY_SECONDS * 1000);
  });
});

describe("createPacer", () => {
  it("lets the first request go at once and spaces the next ones by the interval", async () => {
    const clock = fakeClock();
    const pacer = createPacer({ intervalMs: 500, sleep: clock.sleep, now: clock.now });
    const sent: number[] = [];
    for (let i = 0; i < 5; i++) {
      await pacer.wait();
      sent.push(clock.now());
    }
    expect(clock.waits).toEqual([500, 500, 500, 500]);
    // 5 requests within 2 s: never more than 2 per second.
    expect(sent.at(-1)! - sent[0]!).toBe(2000);
  });

  it("does not wait when the time has already passed", async () => {
    const clock = fakeClock();
    const pacer = createPacer({ intervalMs: 500, sleep: clock.sleep, now: clock.now });
    await pacer.wait();
    clock.advance(800);
    await pacer.wait();
    clock.advance(100);
    await pacer.wait();
    expect(clock.waits).toEqual([400]);
  });

  it("keeps the pace across batches through the saved last request time", async () => {
    const clock = fakeClock();
    const first = createPacer({ intervalMs: 3000, sleep: clock.sleep, now: clock.now });
    await first.wait();
    await first.wait();
    clock.advance(1000);
    const second = createPacer({ intervalMs: 3000, lastRequestAt: first.lastRequestAt, sleep: clock.sleep, now: clock.now });
    await second.wait();
    expect(clock.waits).toEqual([3000, 2000]);
  });

  it("books slots for concurrent callers one after the other", async () => {
    const clock = fakeClock();
    const pacer = createPacer({ intervalMs: 250, sleep: clock.sleep, now: () => 1_000_000 });
    await Promise.all([pacer.wait(), pacer.wait(), pacer.wait()]);
    expect(clock.waits).toEqual([250, 500]);
  });
});
