import { getDb } from "@/db/client";
import { getSessionUser } from "@/server/auth";
import { handlePreviewRequest } from "@/server/chat-runtime";
import { routeHandler } from "@/server/http";

export const runtime = "nodejs";

type Context = { params: Promise<{ workspaceId: string; agentId: string }> };

/** A message to the agent's draft from the dashboard's preview; answered with a UI message stream and its trace. */
export const POST = routeHandler<Context>("agents/preview", async (request, { params }) => {
  const { workspaceId, agentId } = await params;
  const user = await getSessionUser();
  return handlePreviewRequest(await getDb(), request, { workspaceId, agentId, userId: user?.id });
});
