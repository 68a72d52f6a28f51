import { inngest } from "./client";

export interface JobEvent {
  name: string;
  data: Record<string, unknown>;
  id?: string;
}

/** The part of Inngest's step tools our jobs use; the in-process runner implements the same. */
export interface JobSteps {
  run<T>(id: string, fn: () => Promise<T> | T): Promise<T>;
  sleep(id: string, duration: number | string): Promise<void>;
  sendEvent(id: string, events: JobEvent | JobEvent[]): Promise<unknown>;
}

export interface JobContext {
  event: JobEvent;
  step: JobSteps;
  runId: string;
}

/** A cron schedule or an event (an `eventType(...)` from `events.ts` fits). */
export type JobTrigger = { cron: string } | { event: string };

export interface JobOptions {
  id: string;
  triggers: JobTrigger[];
  /** Up to two limits, as Inngest allows, e.g. per workspace and per host. */
  concurrency?: { limit: number; key?: string }[];
  retries?: number;
}

export type JobHandler = (context: JobContext) => Promise<unknown>;

/** Called once a run has failed for good (after its retries). */
export type JobFailureHandler = (context: { event: JobEvent; error: Error }) => Promise<unknown>;

export interface Job {
  options: JobOptions;
  handler: JobHandler;
  onFailure?: JobFailureHandler;
  /** The same job as an Inngest function, for the serve endpoint. */
  fn: ReturnType<typeof inngest.createFunction>;
}

/**
 * Declares a background job once. Jobs are written against the narrow `JobContext` so the very same
 * handler runs under Inngest (when configured) and in-process (the embedded default).
 */
export function defineJob(options: JobOptions, handler: JobHandler, onFailure?: JobFailureHandler): Job {
  const inngestOnFailure = onFailure
    ? ({ event, error }: { event: { data: { event: JobEvent } }; error: Error }) => onFailure({ event: event.data.event, error })
    : undefined;
  const fn = inngest.createFunction({ ...options, onFailure: inngestOnFailure } as never, handler as never);
  return { options, handler, onFailure, fn };
}
