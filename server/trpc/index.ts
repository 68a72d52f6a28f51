/** server/trpc — the API the dashboard calls: context, procedures and the root router. */
export { appRouter, createCaller, type AppRouter } from "./root";
export type { TrpcContext } from "./init";
