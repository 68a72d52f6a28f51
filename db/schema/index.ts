export * from "./auth";
export * from "./workspaces";
export * from "./knowledge";
export * from "./agents";
export * from "./rate-limits";
