export * from "./auth";
export * from "./workspaces";
export * from "./knowledge";
export * from "./knowledge-stats";
export * from "./agents";
export * from "./rate-limits";
