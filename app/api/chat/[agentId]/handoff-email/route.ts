import { appVisitorApi, handleHandoffEmail, handlePreflight } from "@/server/chat-runtime";
import { routeHandler } from "@/server/http";

type Context = { params: Promise<{ agentId: string }> };

export const POST = routeHandler<Context>("chat/handoff-email", async (request, { params }) => handleHandoffEmail(await appVisitorApi(request), request, (await params).agentId));

export const OPTIONS = routeHandler<Context>("chat/preflight", async (request, { params }) => handlePreflight(await appVisitorApi(request), request, (await params).agentId));
