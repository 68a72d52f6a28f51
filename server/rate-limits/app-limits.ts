import { getDbHandle } from "@/db/client";
import { createLimits, type Limits } from "./limiter";

const globalForLimits = globalThis as typeof globalThis & { __closerLimits?: Promise<Limits> };

/**
 * The app's limits: counted in Postgres when the database is a server every app process shares,
 * in memory on the embedded database (one process owns its data folder).
 */
export function appLimits(): Promise<Limits> {
  globalForLimits.__closerLimits ??= getDbHandle().then((handle) =>
    createLimits(handle.pool ? { kind: "postgres", pool: handle.pool } : { kind: "memory" }),
  );
  return globalForLimits.__closerLimits;
}
