import { z } from "zod";
import { MAX_INPUT_CHARS, messagesFor, StepTimings, streamReply, type ConversationStore, type EngineDeps, type ReplyRecord } from "@/server/chat";
import { AppError, errorResponse } from "../errors";
import { readJsonBody } from "@/server/http/edge";
import { limits } from "@/server/rate-limits/edge";
import { admitVisitor, type GateDeps, type LiveAgentView } from "./visitor-gate";

/** What the public chat endpoint needs from the app; the Node and edge routes each pass their own. */
export interface ChatServiceDeps extends GateDeps {
  store: ConversationStore;
  engineFor(agent: LiveAgentView): Promise<EngineDeps>;
  /** The visitor the company's server vouched for in a signed token, or null. */
  verifyIdentity(agentId: string, token: string): Promise<{ id: string; email?: string; name?: string } | null>;
}

const chatBody = z.object({
  conversationId: z.uuid().optional(),
  visitorId: z.string().min(8).max(128).regex(/^[\w-]+$/),
  // Checked against MAX_INPUT_CHARS after parsing, so the refusal can speak the visitor's language.
  message: z.object({ id: z.string().max(128), text: z.string().trim().min(1, "Type a message.").max(MAX_INPUT_CHARS * 4) }),
  locale: z.string().max(35).default("en"),
  pageUrl: z.string().max(4_000).optional(),
  identityToken: z.string().max(4_096).optional(),
});

type ChatBody = z.infer<typeof chatBody>;

async function parseChatBody(request: Request): Promise<ChatBody> {
  const parsed = chatBody.safeParse(await readJsonBody(request));
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Invalid request.");
  const fixed = messagesFor(parsed.data.locale.slice(0, 2));
  // One limit everywhere: a message the engine would not read is refused before anything is stored.
  if (parsed.data.message.text.length > MAX_INPUT_CHARS) throw new AppError("TOO_LARGE", fixed.tooLong(MAX_INPUT_CHARS));
  return parsed.data;
}

/** Limits a visitor sees in their own language, keeping the wait the limiter worked out. */
function localiseLimit(locale: string, which: "rateLimited" | "budgetSpent") {
  return (error: unknown): never => {
    if (error instanceof AppError && error.code === "RATE_LIMITED") {
      throw new AppError("RATE_LIMITED", messagesFor(locale.slice(0, 2))[which], { headers: error.headers });
    }
    throw error;
  };
}

/**
 * `POST /api/chat/{agentId}`: a visitor's message in, a streamed reply out. Used by the Node route
 * and, unchanged, by the edge route. Refusals (limits, size, origin) are JSON errors with the
 * request's CORS headers and, for limits, `Retry-After`.
 */
export async function handleChatRequest(request: Request, agentId: string, deps: ChatServiceDeps): Promise<Response> {
  let cors: Record<string, string> = {};
  try {
    const admitted = await admitVisitor(deps, request, agentId, { perAddress: limits.chatMessagesPerAddress, perAgent: limits.chatMessagesPerAgent }).catch(
      localiseLimit(request.headers.get("accept-language") ?? "en", "rateLimited"),
    );
    cors = admitted.cors;
    const { agent, address } = admitted;
    const body = await parseChatBody(request);
    await deps.limits.check(limits.tokensPerWorkspace, agent.workspaceId).catch(localiseLimit(body.locale, "budgetSpent"));

    const identity = body.identityToken ? await deps.verifyIdentity(agent.agentId, body.identityToken) : null;
    const timings = new StepTimings();
    const persistTimed = timings.start("persist_visitor");
    const conversation = await deps.store.open({
      identity,
      workspaceId: agent.workspaceId,
      agentId: agent.agentId,
      conversationId: body.conversationId,
      visitorId: body.visitorId,
      channel: "web",
      pageUrl: body.pageUrl,
      beforeCreate: () => deps.limits.take(limits.conversationsPerAddress, address).catch(localiseLimit(body.locale, "rateLimited")),
    });
    await deps.store.addVisitorMessage(conversation, body.message.text);
    persistTimed();
    return streamReply(await deps.engineFor(agent), deps.store, {
      agent: agent.settings,
      brandVoice: agent.brandVoice,
      conversation,
      message: body.message.text,
      browserLocale: body.locale,
      linkHosts: agent.settings.allowedDomains,
      humanAvailable: false,
      headers: cors,
      abortSignal: request.signal,
      timings,
      onReply: (reply: ReplyRecord) => deps.limits.add(limits.tokensPerWorkspace, agent.workspaceId, (reply.inputTokens ?? 0) + (reply.outputTokens ?? 0)),
    });
  } catch (error) {
    return errorResponse(error, "chat", cors);
  }
}

