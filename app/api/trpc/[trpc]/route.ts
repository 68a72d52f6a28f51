import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db/client";
import { env } from "@/env";
import { sendEvents } from "@/inngest/send";
import { getSessionUser } from "@/server/auth";
import { appOrigin, assertSameOrigin, clientAddress, routeHandler } from "@/server/http";
import { appLimits } from "@/server/rate-limits";
import { appRouter } from "@/server/trpc/root";

const handler = routeHandler("trpc", async (req: Request) => {
  // Queries are reads; anything else a browser sends with the session cookie must come from our pages.
  if (req.method !== "GET") assertSameOrigin(req);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => ({
      db: await getDb(),
      user: await getSessionUser(),
      address: clientAddress(req.headers, env.TRUSTED_PROXY_HOPS),
      origin: appOrigin(req),
      limits: await appLimits(),
      events: { send: sendEvents },
    }),
  });
});

export { handler as GET, handler as POST };
