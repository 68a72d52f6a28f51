import { inngest, isInngestConfigured } from "./client";
import type { AppEvent } from "@/server/events";
import type { Job, JobEvent } from "./define-job";
import { jobs as allJobs } from "./functions";
import { jobsTriggeredBy, runJobInProcess } from "./in-process";

/**
 * Sends events to Inngest when it is configured; otherwise starts the jobs they trigger in this
 * process without waiting for them. Call after the database commit that the event announces.
 */
export async function sendEvents(events: AppEvent | AppEvent[], jobs: Job[] = allJobs): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  if (isInngestConfigured()) {
    await inngest.send(list);
    return;
  }
  startInProcess(list, jobs);
}

/** Starts the in-process runs and returns their promises (tests await them). */
export function startInProcess(events: JobEvent[], jobs: Job[] = allJobs): Promise<unknown>[] {
  const dispatch = async (next: JobEvent[]) => void startInProcess(next, jobs);
  return events.flatMap((event) =>
    jobsTriggeredBy(jobs, event.name).map((job) =>
      runJobInProcess(job, event, dispatch).catch(() => undefined),
    ),
  );
}
