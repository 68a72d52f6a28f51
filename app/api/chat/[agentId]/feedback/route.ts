import { appVisitorApi, handleFeedback, handlePreflight } from "@/server/chat-runtime";
import { routeHandler } from "@/server/http";

type Context = { params: Promise<{ agentId: string }> };

export const POST = routeHandler<Context>("chat/feedback", async (request, { params }) => handleFeedback(await appVisitorApi(request), request, (await params).agentId));

export const OPTIONS = routeHandler<Context>("chat/preflight", async (request, { params }) => handlePreflight(await appVisitorApi(request), request, (await params).agentId));
