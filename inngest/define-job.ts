import { type AppEvent, type AppEventName, isAppEvent } from "@/server/events";
import type { InngestFunction } from "inngest";
import { inngest } from "./client";

/** What a cron trigger delivers (Inngest's name for it). */
export interface ScheduledEvent {
  name: "inngest/scheduled.timer";
  data: { cron: string };
  id?: string;
}

/** Any event a job can receive: one of the app's typed events, or a cron tick. */
export type JobEvent = AppEvent | ScheduledEvent;

/** The part of Inngest's step tools our jobs use; the in-process runner implements the same. */
export interface JobSteps {
  run<T>(id: string, fn: () => Promise<T> | T): Promise<T>;
  sleep(id: string, duration: number | string): Promise<void>;
  sendEvent(id: string, events: AppEvent | AppEvent[]): Promise<unknown>;
}

export interface JobContext<E extends JobEvent = JobEvent> {
  event: E;
  step: JobSteps;
  runId: string;
}

/** A cron schedule or an app event (an `eventType(...)` from `events.ts` fits). */
export type JobTrigger = { cron: string } | { event: AppEventName };

/** The event a job receives from its triggers: the named app events' types, or a cron tick. */
type TriggeredEvent<T extends JobTrigger> = (T extends { event: infer N extends AppEventName } ? AppEvent<N> : never) | (T extends { cron: string } ? ScheduledEvent : never);

export interface JobConcurrency {
  limit: number;
  key?: string;
}

export interface JobOptions<T extends JobTrigger = JobTrigger> {
  id: string;
  triggers: readonly T[];
  /** Up to two limits, as Inngest allows, e.g. per workspace and per host. */
  concurrency?: [JobConcurrency] | [JobConcurrency, JobConcurrency];
  retries?: InngestFunction.Options["retries"];
}

export type JobHandler<E extends JobEvent = JobEvent> = (context: JobContext<E>) => Promise<unknown>;

/** Called once a run has failed for good (after its retries). */
export type JobFailureHandler<E extends JobEvent = JobEvent> = (context: { event: E; error: Error }) => Promise<unknown>;

export interface Job {
  options: JobOptions;
  handler: JobHandler;
  onFailure?: JobFailureHandler;
  /** The same job as an Inngest function, for the serve endpoint. */
  fn: ReturnType<typeof inngest.createFunction>;
}

/** An event as a runner hands it over, before it is checked. */
type ReceivedEvent = { name: string; data?: unknown; id?: string };

/** A run's event, checked against the job's triggers (and the app event's schema) before the handler sees it. */
function accepts<T extends JobTrigger>(triggers: readonly T[], event: ReceivedEvent): event is TriggeredEvent<T> {
  if (event.name === "inngest/scheduled.timer") return triggers.some((trigger) => "cron" in trigger);
  const names = triggers.flatMap((trigger) => ("event" in trigger ? [trigger.event] : []));
  return isAppEvent(event, names);
}

/** Inngest's step tools seen through our narrow `JobSteps`: step results come back as the JSON they were stored as. */
function inngestSteps(step: { run: (id: string, fn: () => unknown) => Promise<unknown>; sleep: JobSteps["sleep"]; sendEvent: (id: string, events: AppEvent[]) => Promise<unknown> }): JobSteps {
  return {
    run: <T>(id: string, fn: () => Promise<T> | T) => step.run(id, fn) as Promise<T>,
    sleep: (id, duration) => step.sleep(id, duration),
    sendEvent: (id, events) => step.sendEvent(id, Array.isArray(events) ? events : [events]),
  };
}

/**
 * Declares a background job once. Jobs are written against the narrow `JobContext` so the very same
 * handler runs under Inngest (when configured) and in-process (the embedded default). The event's
 * type follows from the triggers, and a run whose event does not fit them is refused.
 */
export function defineJob<const T extends JobTrigger>(
  options: JobOptions<T>,
  handler: JobHandler<TriggeredEvent<T>>,
  onFailure?: JobFailureHandler<TriggeredEvent<T>>,
): Job {
  const checked = (event: ReceivedEvent): TriggeredEvent<T> => {
    if (!accepts(options.triggers, event)) throw new Error(`${options.id} cannot run on ${event.name}: its data does not match the event's schema.`);
    return event;
  };
  const run: JobHandler = ({ event, step, runId }) => handler({ event: checked(event), step, runId });
  const failed: JobFailureHandler | undefined = onFailure && (({ event, error }) => onFailure({ event: checked(event), error }));
  const fn = inngest.createFunction(
    {
      id: options.id,
      triggers: [...options.triggers],
      concurrency: options.concurrency,
      retries: options.retries,
      onFailure: onFailure && (({ event, error }) => onFailure({ event: checked(event.data.event), error })),
    },
    ({ event, step, runId }) => handler({ event: checked(event), step: inngestSteps(step), runId }),
  );
  return { options, handler: run, onFailure: failed, fn };
}
