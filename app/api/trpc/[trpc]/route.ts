import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/db/client";
import { clientIp, getSessionUser } from "@/server/auth";
import { sendEvents } from "@/inngest/send";
import { appRouter } from "@/server/trpc/root";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => ({ db: await getDb(), user: await getSessionUser(), ip: clientIp(req.headers), origin: new URL(req.url).origin, events: { send: sendEvents } }),
  });
}

export { handler as GET, handler as POST };
