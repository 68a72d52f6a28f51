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
