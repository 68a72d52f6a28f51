import { appVisitorApi, handleConversationHistory, handlePreflight } from "@/server/chat-runtime";
import { routeHandler } from "@/server/http";

type Context = { params: Promise<{ agentId: string; conversationId: string }> };

export const GET = routeHandler<Context>("chat/history", async (request, { params }) => {
  const { agentId, conversationId } = await params;
  return handleConversationHistory(await appVisitorApi(request), request, agentId, conversationId);
});

export const OPTIONS = routeHandler<Context>("chat/preflight", async (request, { params }) => handlePreflight(await appVisitorApi(request), request, (await params).agentId));
