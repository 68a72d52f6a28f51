/**
 * server/rate-limits — every limit on the public doors (sign-in, sign-up, emails, visitor chat,
 * token budgets), with counters that hold across app servers sharing one Postgres.
 */
export { createLimits, describeWait, type Limits, type LimitStore, type SqlPool } from "./limiter";
export { limits, type LimitName, type LimitRule } from "./rules";
export { appLimits } from "./app-limits";
