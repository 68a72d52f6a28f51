/** Limits for the edge runtime: the caller brings its own Postgres pool (index.ts adds the app's shared one). */
export { createLimits, describeWait, type Limits, type LimitStore, type SqlPool } from "./limiter";
export { limits, type LimitName, type LimitRule } from "./rules";
