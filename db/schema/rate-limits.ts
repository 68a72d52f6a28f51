import { bigint, integer, pgTable, varchar } from "drizzle-orm/pg-core";

/**
 * Rate-limit counters shared by every app server on one Postgres, in the shape rate-limiter-flexible's
 * Postgres store reads and writes (`expire` in epoch milliseconds). Unused on the embedded database.
 */
export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});
