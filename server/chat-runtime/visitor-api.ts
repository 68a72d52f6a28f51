import { z } from "zod";
import type { Db } from "@/db/client";
import { getVisitorConversation, leaveHandoffEmail, recordFeedback } from "@/server/conversations";
import { AppError, errorResponse } from "../errors";
import { readJsonBody } from "@/server/http/edge";
import { limits } from "@/server/rate-limits/edge";
import { admitVisitor, type GateDeps } from "./visitor-gate";
import { widgetConfig } from "./widget-config";
import { IDENTITY_HEADER } from "@/widget/protocol";

/** The gate, plus the identity check the visitor's reads and writes need. */
export interface VisitorApiDeps extends GateDeps {
  db: Db;
  verifyIdentity(agentId: string, token: string): Promise<{ id: string } | null>;
}

const uuid = z.uuid();
const visitorId = z.string().min(8).max(128).regex(/^[\w-]+$/);

const admit = (deps: VisitorApiDeps, request: Request, agentId: string, pageUrl?: string | null) =>
  admitVisitor(deps, request, agentId, { pageUrl, perAddress: limits.visitorCallsPerAddress, perAgent: limits.visitorCallsPerAgent });

async function identityOf(deps: VisitorApiDeps, request: Request, agentId: string) {
  const token = request.headers.get(IDENTITY_HEADER);
  return token && token.length <= 4_096 ? deps.verifyIdentity(agentId, token) : null;
}

const json = (body: unknown, cors: Record<string, string>) => Response.json(body, { headers: { ...cors, "cache-control": "no-store" } });

/** `GET /api/widget/{agentId}/config`: what the widget shows before the first message. */
export async function handleWidgetConfig(deps: VisitorApiDeps, request: Request, agentId: string): Promise<Response> {
  let cors: Record<string, string> = {};
  try {
    const params = new URL(request.url).searchParams;
    const pageUrl = params.get("page");
    const admitted = await admit(deps, request, agentId, pageUrl);
    cors = admitted.cors;
    return json(await widgetConfig(deps.db, admitted.agent, { locale: params.get("locale"), pageUrl }), cors);
  } catch (error) {
    return errorResponse(error, "widget/config", cors);
  }
}

/** `GET /api/chat/{agentId}/conversations/{id}?visitorId=…`: the conversation after a reload. */
export async function handleConversationHistory(deps: VisitorApiDeps, request: Request, agentId: string, conversationId: string): Promise<Response> {
  let cors: Record<string, string> = {};
  try {
    const admitted = await admit(deps, request, agentId);
    cors = admitted.cors;
    const visitor = visitorId.safeParse(new URL(request.url).searchParams.get("visitorId"));
    if (!visitor.success || !uuid.safeParse(conversationId).success) throw new AppError("NOT_FOUND", "Conversation not found.");
    const identity = await identityOf(deps, request, admitted.agent.agentId);
    return json(await getVisitorConversation(deps.db, { agentId: admitted.agent.agentId, conversationId, visitorId: visitor.data, identity }), cors);
  } catch (error) {
    return errorResponse(error, "chat/history", cors);
  }
}

const feedbackBody = z.object({ conversationId: uuid, visitorId, messageId: uuid, rating: z.enum(["helpful", "not_helpful"]) });
const emailBody = z.object({ conversationId: uuid, visitorId, email: z.string().trim().max(320).pipe(z.email("Enter a valid email address.")) });

async function handleVisitorPost<T>(
  deps: VisitorApiDeps,
  request: Request,
  agentId: string,
  schema: z.ZodType<T>,
  act: (agentId: string, identity: { id: string } | null, body: T) => Promise<void>,
): Promise<Response> {
  let cors: Record<string, string> = {};
  try {
    const admitted = await admit(deps, request, agentId);
    cors = admitted.cors;
    const parsed = schema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Invalid request.");
    await act(admitted.agent.agentId, await identityOf(deps, request, admitted.agent.agentId), parsed.data);
    return new Response(null, { status: 204, headers: cors });
  } catch (error) {
    return errorResponse(error, "chat/visitor", cors);
  }
}

export const handleFeedback = (deps: VisitorApiDeps, request: Request, agentId: string) =>
  handleVisitorPost(deps, request, agentId, feedbackBody, (id, identity, body) => recordFeedback(deps.db, { ...body, agentId: id, identity }));

export const handleHandoffEmail = (deps: VisitorApiDeps, request: Request, agentId: string) =>
  handleVisitorPost(deps, request, agentId, emailBody, (id, identity, body) => leaveHandoffEmail(deps.db, { ...body, agentId: id, identity }));

/** CORS preflight for any visitor endpoint: granted only to the agent's allowed domains. */
export async function handlePreflight(deps: GateDeps, request: Request, agentId: string): Promise<Response> {
  try {
    const { cors } = await admitVisitor(deps, request, agentId, { perAddress: limits.visitorCallsPerAddress, perAgent: limits.visitorCallsPerAgent });
    return new Response(null, {
      status: 204,
      headers: { ...cors, "access-control-allow-methods": "GET, POST, OPTIONS", "access-control-allow-headers": `content-type, ${IDENTITY_HEADER}`, "access-control-max-age": "600" },
    });
  } catch (error) {
    return errorResponse(error, "chat/preflight");
  }
}
