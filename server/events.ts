import { z } from "zod";

/**
 * Every event the app sends, with its payload schema; names follow `domain/noun.verb`. The schemas
 * live here, not in inngest/, so domain code that builds events is type-checked without depending
 * on the job runner; inngest/events.ts turns them into Inngest event types.
 */
export const appEventSchemas = {
  "workspaces/invitations.expire-requested": z.object({ reason: z.string().optional() }),
  "knowledge/source.sync-requested": z.object({ workspaceId: z.uuid(), sourceId: z.uuid(), runId: z.uuid(), host: z.string().optional() }),
  "knowledge/embeddings.reembed-requested": z.object({ reason: z.string().optional() }),
};

export type AppEventName = keyof typeof appEventSchemas;
export type AppEventData<N extends AppEventName> = z.infer<(typeof appEventSchemas)[N]>;

type AppEventOf = {
  [N in AppEventName]: {
    name: N;
    data: AppEventData<N>;
    /** Deterministic id, so a retried request does not start the same work twice. */
    id?: string;
  };
};

/** An event whose name fixes the type of its data: `AppEvent<"knowledge/source.sync-requested">`, or any of them. */
export type AppEvent<N extends AppEventName = AppEventName> = AppEventOf[N];

/** True when `event` is a well-formed app event named one of `names`; its data is checked against the schema. */
export function isAppEvent<const N extends AppEventName>(event: { name: string; data?: unknown }, names: readonly N[]): event is AppEvent<N> {
  const name = names.find((candidate) => candidate === event.name);
  return name !== undefined && appEventSchemas[name].safeParse(event.data ?? {}).success;
}

/**
 * How domain code starts background work without depending on the job runner: callers (tRPC,
 * route handlers) inject a sender that goes to Inngest or runs the jobs in-process.
 */
export interface EventSender {
  send(events: AppEvent | AppEvent[]): Promise<void>;
}

const SENDER_KEY = Symbol.for("closer.eventSender");
type SenderHolder = { [SENDER_KEY]?: EventSender };

/**
 * Installs the app's sender at start-up (instrumentation.ts passes inngest/'s). Kept on globalThis
 * because Next may load the instrumentation and the routes as separate module instances.
 */
export function installEventSender(sender: EventSender): void {
  (globalThis as SenderHolder)[SENDER_KEY] = sender;
}

/** The sender routes hand to domain code; fails loudly if the server started without one. */
export const appEvents: EventSender = {
  async send(events) {
    const sender = (globalThis as SenderHolder)[SENDER_KEY];
    if (!sender) throw new Error("No event sender installed: instrumentation.ts installs it when the server starts.");
    return sender.send(events);
  },
};
