import { appChatService, appVisitorApi, handleChatRequest, handlePreflight } from "@/server/chat-runtime";
import { routeHandler } from "@/server/http";

type Context = { params: Promise<{ agentId: string }> };

export const POST = routeHandler<Context>("chat", async (request, { params }) => handleChatRequest(request, (await params).agentId, await appChatService(request)));

export const OPTIONS = routeHandler<Context>("chat/preflight", async (request, { params }) => handlePreflight(await appVisitorApi(request), request, (await params).agentId));
