import type { GuardedFetchOptions, GuardedResponse } from "../../http";
import type { WorkspaceScope } from "../../workspaces";
import type { IndexDeps } from "../pipeline/index-document";
import type { KnowledgeSource, SyncRun } from "../sources/sources";

export interface SyncDeps extends IndexDeps {
  /** Outbound fetch for URL sources; the guarded fetch with the operator's allowlist in production. */
  fetch: (url: string, options?: GuardedFetchOptions) => Promise<GuardedResponse>;
  /** Speech-to-text for video and audio files, when configured. */
  transcribe?: (bytes: Uint8Array, mediaType: string) => Promise<string>;
  /** Largest file accepted (the upload cap). */
  maxFileBytes?: number;
  /** Waits between requests to one host; tests pass a fake clock. */
  sleep?: (ms: number) => Promise<void>;
}

export interface SyncContext {
  scope: WorkspaceScope;
  deps: SyncDeps;
  run: SyncRun;
  source: KnowledgeSource;
}

/**
 * How one kind of source is synced, in resumable pieces: `prepare` discovers what to process and
 * puts it on the run's frontier (idempotent), `batch` processes a bounded amount of it, `finish`
 * tidies up after a complete pass. All progress lives in the database, never in memory.
 */
export interface SourceSyncer {
  prepare(context: SyncContext): Promise<void>;
  batch(context: SyncContext): Promise<{ done: boolean }>;
  finish?(context: SyncContext): Promise<void>;
}
