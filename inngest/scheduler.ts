import { Cron } from "croner";
import type { Job } from "./define-job";
import { jobs as allJobs } from "./functions";
import { runJobInProcess } from "./in-process";
import { startInProcess } from "./send";

const globalForScheduler = globalThis as typeof globalThis & { __closerScheduler?: Cron[] };

/**
 * Drives cron-triggered jobs in this process when Inngest is not configured. One scheduler per
 * server: a second call is a no-op. `protect` skips a tick while the previous run is still going.
 */
export function startScheduler(jobs: Job[] = allJobs): Cron[] {
  if (globalForScheduler.__closerScheduler) return globalForScheduler.__closerScheduler;
  const dispatch = async (events: Parameters<typeof startInProcess>[0]) => void startInProcess(events, jobs);
  const crons = jobs.flatMap((job) =>
    job.options.triggers.flatMap((trigger) =>
      "cron" in trigger
        ? [
            new Cron(trigger.cron, { protect: true, name: `${job.options.id}:${trigger.cron}`, unref: true }, async () => {
              await runJobInProcess(job, { name: "inngest/scheduled.timer", data: { cron: trigger.cron } }, dispatch).catch(() => undefined);
            },
            ),
          ]
        : [],
    ),
  );
  globalForScheduler.__closerScheduler = crons;
  return crons;
}

export function stopScheduler(): void {
  for (const cron of globalForScheduler.__closerScheduler ?? []) cron.stop();
  globalForScheduler.__closerScheduler = undefined;
}
