import { z } from "zod";
import type { Db } from "@/db/client";
import { isOriginAllowed } from "../agents";
import { corsHeaders, readJson } from "../chat/service";
import { getVisitorConversation, leaveHandoffEmail, recordFeedback } from "../conversations/store";
import { errorResponse } from "../errors";
import { loadLiveAgent } from "./compose";
import { appOrigin } from "./origin";
import { widgetConfig } from "./widget-config";

const uuid = z.uuid();
const visitorId = z.string().min(8).max(128).regex(/^[\w-]+$/);

function fail(status: number, message: string, headers: HeadersInit = {}) {
  return Response.json({ error: { message } }, { status, headers });
}

/** Resolves the live agent and the CORS headers this request may have; a Response when refused. */
async function gate(db: Db, request: Request, agentId: string, pageUrl?: string | null) {
  const agent = await loadLiveAgent(db, agentId);
  if (!agent) return fail(404, "This chat is not available.");
  const origin = request.headers.get("origin");
  const own = appOrigin(request);
  let allowed = origin === own || (origin !== null && isOriginAllowed(agent.settings, origin));
  // The iframe's own GETs carry no Origin; the page it sits on must still be an allowed site.
  if (origin === null && pageUrl) {
    try {
      const page = new URL(pageUrl);
      allowed = page.origin === own || isOriginAllowed(agent.settings, page.origin);
      if (!allowed) return fail(403, "This website is not allowed to use this chat.");
    } catch {
      return fail(400, "The page address is not valid.");
    }
  }
  const cors = corsHeaders(origin, allowed);
  if (!cors) return fail(403, "This website is not allowed to use this chat.");
  return { agent, cors };
}

export async function handleWidgetConfig(db: Db, request: Request, agentId: string): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const pageUrl = params.get("page");
    const gated = await gate(db, request, agentId, pageUrl);
    if (gated instanceof Response) return gated;
    const config = await widgetConfig(db, gated.agent, { locale: params.get("locale"), pageUrl });
    return Response.json(config, { headers: { ...gated.cors, "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "widget/config");
  }
}

export async function handleConversationHistory(db: Db, request: Request, agentId: string, conversationId: string): Promise<Response> {
  try {
    const gated = await gate(db, request, agentId);
    if (gated instanceof Response) return gated;
    const visitor = visitorId.safeParse(new URL(request.url).searchParams.get("visitorId"));
    if (!visitor.success || !uuid.safeParse(conversationId).success) return fail(404, "Conversation not found.", gated.cors);
    const history = await getVisitorConversation(db, { agentId: gated.agent.agentId, conversationId, visitorId: visitor.data });
    return Response.json(history, { headers: { ...gated.cors, "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "chat/history");
  }
}

const feedbackBody = z.object({ conversationId: uuid, visitorId, messageId: uuid, rating: z.enum(["helpful", "not_helpful"]) });
const emailBody = z.object({ conversationId: uuid, visitorId, email: z.string().trim().max(320).pipe(z.email("Enter a valid email address.")) });

async function handleVisitorPost<T>(db: Db, request: Request, agentId: string, schema: z.ZodType<T>, act: (agentId: string, body: T) => Promise<void>): Promise<Response> {
  try {
    const gated = await gate(db, request, agentId);
    if (gated instanceof Response) return gated;
    const parsed = schema.safeParse(await readJson(request).catch(() => null));
    if (!parsed.success) return fail(400, parsed.error.issues[0]?.message ?? "Invalid request.", gated.cors);
    await act(gated.agent.agentId, parsed.data);
    return new Response(null, { status: 204, headers: gated.cors });
  } catch (error) {
    return errorResponse(error, "chat/visitor");
  }
}

export const handleFeedback = (db: Db, request: Request, agentId: string) =>
  handleVisitorPost(db, request, agentId, feedbackBody, (id, body) => recordFeedback(db, { ...body, agentId: id }));

export const handleHandoffEmail = (db: Db, request: Request, agentId: string) =>
  handleVisitorPost(db, request, agentId, emailBody, (id, body) => leaveHandoffEmail(db, { ...body, agentId: id }));

/** CORS preflight for any visitor endpoint: granted only to the agent's allowed domains. */
export async function handlePreflight(db: Db, request: Request, agentId: string): Promise<Response> {
  const gated = await gate(db, request, agentId);
  if (gated instanceof Response) return new Response(null, { status: gated.status });
  return new Response(null, {
    status: 204,
    headers: { ...gated.cors, "access-control-allow-methods": "GET, POST, OPTIONS", "access-control-allow-headers": "content-type", "access-control-max-age": "600" },
  });
}
