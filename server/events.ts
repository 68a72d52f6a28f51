/**
 * How domain code starts background work without depending on the job runner: callers (tRPC,
 * route handlers) inject a sender that goes to Inngest or runs the jobs in-process.
 */
export interface AppEvent {
  name: string;
  data: Record<string, unknown>;
  /** Deterministic id, so a retried request does not start the same work twice. */
  id?: string;
}

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
