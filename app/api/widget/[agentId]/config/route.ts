import { appVisitorApi, handlePreflight, handleWidgetConfig } from "@/server/chat-runtime";
import { routeHandler } from "@/server/http";

type Context = { params: Promise<{ agentId: string }> };

export const GET = routeHandler<Context>("widget/config", async (request, { params }) => handleWidgetConfig(await appVisitorApi(request), request, (await params).agentId));

export const OPTIONS = routeHandler<Context>("widget/preflight", async (request, { params }) => handlePreflight(await appVisitorApi(request), request, (await params).agentId));
