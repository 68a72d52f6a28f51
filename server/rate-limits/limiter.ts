import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { rateLimited } from "../errors";
import type { LimitRule } from "./rules";

/** A node-postgres-compatible pool (pg's or Neon's); limits kept there hold across every app server. */
export interface SqlPool {
  query(query: { text: string; values?: unknown[]; name?: string }): Promise<unknown>;
}

/** Where counters live: this process's memory (the embedded database has one process) or Postgres. */
export type LimitStore = { kind: "memory" } | { kind: "postgres"; pool: SqlPool };

/** The table the `rate_limits` migration creates, in the shape rate-limiter-flexible expects. */
const TABLE = "rate_limits";

export interface Limits {
  /** Counts `points` against `key`; throws RATE_LIMITED (with Retry-After) once over the rule. */
  take(rule: LimitRule, key: string, points?: number): Promise<void>;
  /** Counts without refusing, e.g. tokens spent after a reply already streamed. */
  add(rule: LimitRule, key: string, points: number): Promise<void>;
  /** Throws RATE_LIMITED when the key has used up the rule, without counting anything. */
  check(rule: LimitRule, key: string): Promise<void>;
  /** Points used in the current window (0 when none). */
  used(rule: LimitRule, key: string): Promise<number>;
  /** Keeps the key refused for `seconds`, e.g. a wait that grows with each failure. */
  block(rule: LimitRule, key: string, seconds: number): Promise<void>;
  reset(rule: LimitRule, key: string): Promise<void>;
}

export function createLimits(store: LimitStore): Limits {
  const limiters = new Map<string, RateLimiterAbstract>();
  // rate-limiter-flexible names its statements; connection poolers (PgBouncer, Neon's pooler) and
  // PGlite's socket server share sessions between connections, where named statements collide.
  const unnamed: SqlPool | null = store.kind === "postgres" ? { query: ({ text, values }) => store.pool.query({ text, values }) } : null;
  const limiterFor = (rule: LimitRule): RateLimiterAbstract => {
    let limiter = limiters.get(rule.name);
    if (!limiter) {
      const options = { keyPrefix: rule.name, points: rule.points, duration: rule.durationSec, blockDuration: rule.blockSec ?? 0 };
      limiter =
        store.kind === "memory"
          ? new RateLimiterMemory(options)
          : new RateLimiterPostgres({ ...options, storeClient: unnamed, storeType: "pool", tableName: TABLE, tableCreated: true, clearExpiredByTimeout: false });
      limiters.set(rule.name, limiter);
    }
    return limiter;
  };
  const refuse = (rule: LimitRule, msBeforeNext: number) =>
    rateLimited(rule.message.replace("{wait}", describeWait(msBeforeNext)).replace("{points}", String(rule.points)), msBeforeNext);
  const disabled = (rule: LimitRule) => rule.points <= 0;

  return {
    async take(rule, key, points = 1) {
      if (disabled(rule)) return;
      try {
        await limiterFor(rule).consume(await storageKey(key), points);
      } catch (error) {
        if (error instanceof RateLimiterRes) throw refuse(rule, error.msBeforeNext);
        throw error;
      }
    },
    async add(rule, key, points) {
      if (disabled(rule) || points <= 0) return;
      await limiterFor(rule).penalty(await storageKey(key), points);
    },
    async check(rule, key) {
      if (disabled(rule)) return;
      const state = await limiterFor(rule).get(await storageKey(key));
      if (state && state.consumedPoints >= rule.points) throw refuse(rule, state.msBeforeNext);
    },
    async used(rule, key) {
      const state = await limiterFor(rule).get(await storageKey(key));
      return state?.consumedPoints ?? 0;
    },
    async block(rule, key, seconds) {
      await limiterFor(rule).block(await storageKey(key), seconds);
    },
    async reset(rule, key) {
      await limiterFor(rule).delete(await storageKey(key));
    },
  };
}

/** Keys hold emails and addresses: hashed, so the table stays small and holds no personal data. */
async function storageKey(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key)));
  return Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `${minutes} minutes`;
  return `${Math.ceil(minutes / 60)} hours`;
}
