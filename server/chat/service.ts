import { z } from "zod";
import type { AgentSettings } from "../agents/settings";
import { messagesFor } from "./messages";
import { streamFixedMessage, streamReply } from "./reply-stream";
import type { ConversationStore } from "./store";
import type { EngineDeps } from "./types";

export interface LiveAgentView {
  agentId: string;
  workspaceId: string;
  settings: AgentSettings;
  brandVoice: string | null;
}

/** What the public chat endpoint needs from the app; the Node and edge routes each pass their own. */
export interface ChatServiceDeps {
  loadAgent(agentId: string): Promise<LiveAgentView | null>;
  store: ConversationStore;
  engineFor(agent: LiveAgentView): Promise<EngineDeps>;
  /** False when the visitor or the workspace is over its rate limit. */
  allowMessage(input: { visitorKey: string; workspaceId: string }): Promise<boolean>;
  isOriginAllowed(settings: AgentSettings, origin: string): boolean;
  /** The visitor the company's server vouched for in a signed token, or null. */
  verifyIdentity(agentId: string, token: string): Promise<{ id: string; email?: string; name?: string } | null>;
  /** The app's own origin: the widget's iframe calls from here. */
  appOrigin: string;
}

/** Bodies are small JSON; anything larger is refused before parsing. */
const MAX_BODY_BYTES = 64 * 1024;

const chatBody = z.object({
  conversationId: z.uuid().optional(),
  visitorId: z.string().min(8).max(128).regex(/^[\w-]+$/),
  message: z.object({ id: z.string().max(128), text: z.string().trim().min(1, "Type a message.").max(20_000) }),
  locale: z.string().max(35).default("en"),
  pageUrl: z.string().max(4_000).optional(),
  identityToken: z.string().max(4_096).optional(),
});

const jsonError = (status: number, message: string, headers: HeadersInit = {}) =>
  Response.json({ error: { message } }, { status, headers: { ...headers, "cache-control": "no-store" } });

/** CORS for a browser origin: our own, or one of the agent's allowed domains; null when refused. */
export function corsHeaders(origin: string | null, allowed: boolean): Record<string, string> | null {
  if (!origin) return { vary: "Origin" };
  if (!allowed) return null;
  return { "access-control-allow-origin": origin, "access-control-allow-credentials": "false", vary: "Origin" };
}

export async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new RangeError("too large");
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new RangeError("too large");
  return JSON.parse(text);
}

/**
 * `POST /api/chat/{agentId}`: a visitor's message in, a streamed reply out. Used by the Node route
 * and, unchanged, by the edge route.
 */
export async function handleChatRequest(request: Request, agentId: string, deps: ChatServiceDeps): Promise<Response> {
  const agent = await deps.loadAgent(agentId);
  if (!agent) return jsonError(404, "This chat is not available.");
  const origin = request.headers.get("origin");
  const cors = corsHeaders(origin, origin === deps.appOrigin || (origin !== null && deps.isOriginAllowed(agent.settings, origin)));
  if (!cors) return jsonError(403, "This website is not allowed to use this chat.");

  let parsed;
  try {
    parsed = chatBody.safeParse(await readJson(request));
  } catch (error) {
    return jsonError(error instanceof RangeError ? 413 : 400, error instanceof RangeError ? "The request is too large." : "The request body must be JSON.", cors);
  }
  if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? "Invalid request.", cors);
  const body = parsed.data;

  const visitorKey = `${agent.agentId}:${body.visitorId}:${request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? ""}`;
  if (!(await deps.allowMessage({ visitorKey, workspaceId: agent.workspaceId }))) {
    return streamFixedMessage(messagesFor(body.locale.slice(0, 2)).rateLimited, cors);
  }

  const identity = body.identityToken ? await deps.verifyIdentity(agent.agentId, body.identityToken) : null;
  const conversation = await deps.store.open({
    identity,
    workspaceId: agent.workspaceId,
    agentId: agent.agentId,
    conversationId: body.conversationId,
    visitorId: body.visitorId,
    channel: "web",
    pageUrl: body.pageUrl,
  });
  await deps.store.addVisitorMessage(conversation, body.message.text);
  return streamReply(await deps.engineFor(agent), deps.store, {
    agent: agent.settings,
    brandVoice: agent.brandVoice,
    conversation,
    message: body.message.text,
    browserLocale: body.locale,
    linkHosts: agent.settings.allowedDomains,
    humanAvailable: false,
    headers: cors,
  });
}
