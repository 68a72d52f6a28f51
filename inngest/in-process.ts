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
function concurrencyKey(job: Job, event: JobEvent): string {
  const path = job.options.concurrency?.key;
  if (!path) return job.options.id;
  const value = path.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], { event });
  return `${job.options.id}:${String(value)}`;
}

function limiterFor(job: Job, event: JobEvent): LimitFunction | null {
  const limit = job.options.concurrency?.limit;
  if (!limit) return null;
  const key = concurrencyKey(job, event);
  let limiter = limiters.get(key);
  if (!limiter) limiters.set(key, (limiter = pLimit(limit)));
  return limiter;
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
      if (memo.has(id)) return memo.get(id) as never;
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
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000 * 2 ** attemptNo));
      }
    }
  };
  const limiter = limiterFor(job, event);
  return limiter ? limiter(attempt) : attempt();
}

export function jobsTriggeredBy(jobs: Job[], eventName: string): Job[] {
  return jobs.filter((job) => job.options.triggers.some((trigger) => "event" in trigger && trigger.event === eventName));
}
