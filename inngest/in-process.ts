import pLimit, { type LimitFunction } from "p-limit";
import type { Job, JobEvent, JobSteps } from "./define-job";

type DispatchEvents = (events: JobEvent[]) => Promise<void>;

const limiters = new Map<string, LimitFunction>();
const parseDuration = (duration: number | string): number => {
  if (typeof duration === "number") return duration;
  const match = /^(\d+)\s*(ms|s|m|h|d)$/.exec(duration.trim());
  if (!match) throw new Error(`Unsupported sleep duration “${duration}”.`);
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as "ms"];
  return Number(match[1]) * unit;
};

/** Reads a concurrency key such as `event.data.workspaceId`, the subset of Inngest's CEL our jobs use. */
function concurrencyKey(job: Job, path: string | undefined, event: JobEvent): string {
  if (!path) return job.options.id;
  const value = path.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], { event });
  return `${job.options.id}:${path}=${String(value)}`;
}

/**
 * Wraps a run in every concurrency limit of its job, the way Inngest queues runs over a limit. A
 * key's limiter is dropped once it has nothing running or waiting, so the map holds only live keys.
 */
function withLimits(job: Job, event: JobEvent, run: () => Promise<unknown>): Promise<unknown> {
  return (job.options.concurrency ?? []).reduce<() => Promise<unknown>>((inner, { limit, key }) => {
    const name = concurrencyKey(job, key, event);
    let limiter: LimitFunction | undefined = limiters.get(name);
    if (!limiter) limiters.set(name, (limiter = pLimit(limit)));
    const bound = limiter;
    return () =>
      bound(inner).finally(() => {
        // p-limit settles the run before it updates its counts: look once it has.
        setTimeout(() => {
          if (bound.activeCount === 0 && bound.pendingCount === 0 && limiters.get(name) === bound) limiters.delete(name);
        }, 0);
      });
  }, run)();
}

/**
 * Runs one job for one event in this process, the way Inngest would: completed steps are memoised so
 * a retry resumes after the last finished step, failures retry with backoff, and concurrency limits
 * apply per key. Durable progress lives in the database, so a killed process resumes from there.
 */
export async function runJobInProcess(job: Job, event: JobEvent, dispatch: DispatchEvents): Promise<unknown> {
  const memo = new Map<string, unknown>();
  const runId = crypto.randomUUID();
  const step: JobSteps = {
    async run(id, fn) {
      if (memo.has(id)) return memo.get(id) as Awaited<ReturnType<typeof fn>>;
      const result = await fn();
      memo.set(id, result);
      return result;
    },
    async sleep(id, duration) {
      if (memo.has(id)) return;
      await new Promise((resolve) => setTimeout(resolve, parseDuration(duration)));
      memo.set(id, true);
    },
    async sendEvent(id, events) {
      if (memo.has(id)) return memo.get(id);
      await dispatch(Array.isArray(events) ? events : [events]);
      memo.set(id, true);
      return true;
    },
  };
  const attempt = async () => {
    const retries = job.options.retries ?? 3;
    for (let attemptNo = 0; ; attemptNo++) {
      try {
        return await job.handler({ event, step, runId });
      } catch (error) {
        if (attemptNo >= retries) {
          console.error(`[jobs] ${job.options.id} failed after ${attemptNo + 1} attempts:`, error);
          await job.onFailure?.({ event, error: error as Error }).catch((failure) => console.error(`[jobs] ${job.options.id} onFailure:`, failure));
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000 * 2 ** attemptNo));
      }
    }
  };
  return withLimits(job, event, attempt);
}

export function jobsTriggeredBy(jobs: Job[], eventName: string): Job[] {
  return jobs.filter((job) => job.options.triggers.some((trigger) => "event" in trigger && trigger.event === eventName));
}
