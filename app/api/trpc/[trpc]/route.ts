import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db/client";
import { env } from "@/env";
import { getSessionUser } from "@/server/auth";
import { appOrigin, assertSameOrigin, clientAddress, routeHandler, withBoundedBody } from "@/server/http";
import { isAppError } from "@/server/errors";
import { appEvents } from "@/server/events";
import { appLimits } from "@/server/rate-limits";
import { appRouter } from "@/server/trpc";

/** Large enough for the longest article or agent settings the dashboard saves. */
const MAX_TRPC_BODY_BYTES = 2 * 1024 * 1024;

const handler = routeHandler("trpc", async (incoming: Request) => {
  // Queries are reads; anything else a browser sends with the session cookie must come from our pages.
  if (incoming.method !== "GET") assertSameOrigin(incoming);
  const req = await withBoundedBody(incoming, MAX_TRPC_BODY_BYTES);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    // Headers a domain error carries (Retry-After on a limit) reach the client as they do from other routes.
    responseMeta: ({ errors }) => {
      const headers = new Headers();
      for (const error of errors) if (isAppError(error.cause)) for (const [name, value] of Object.entries(error.cause.headers)) headers.set(name, value);
      return { headers };
    },
    createContext: async () => ({
      db: await getDb(),
      user: await getSessionUser(),
      address: clientAddress(req.headers, env.TRUSTED_PROXY_HOPS),
      origin: appOrigin(req),
      limits: await appLimits(),
      events: appEvents,
    }),
  });
});

export { handler as GET, handler as POST };
