import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { workspaces } from "@/db/schema";
import { getAgent } from "../agents";
import { getEmbedder, type Embedder } from "@/server/ai";
import { MAX_INPUT_CHARS, streamReply, type ReplyRecord, type ReplyTrace } from "@/server/chat";
import { createConversationStore } from "@/server/conversations";
import { AppError, errorResponse } from "../errors";
import { assertSameOrigin, readJsonBody } from "@/server/http";
import { appLimits, limits as rules, type Limits } from "../rate-limits";
import { authorizeWorkspace } from "../workspaces";
import { engineForAgent } from "./compose";

/** `POST /api/workspaces/{workspaceId}/agents/{agentId}/preview`; no `conversationId` starts a new conversation. */
export const previewBody = z.object({
  conversationId: z.uuid().optional(),
  message: z.object({ text: z.string().trim().min(1, "Type a message.").max(MAX_INPUT_CHARS, `Keep the message under ${MAX_INPUT_CHARS} characters.`) }),
  locale: z.string().max(35).optional(),
});

export type PreviewBody = z.infer<typeof previewBody>;

/** The `data-trace` part the preview's "Why?" panel reads (see `streamReply` with `includeTrace`). */
export type PreviewTrace = ReplyTrace & Pick<ReplyRecord, "decision" | "confidence" | "triggers" | "citations" | "model" | "inputTokens" | "outputTokens" | "latencyMs">;

export interface PreviewDeps {
  embedder?: () => Promise<Embedder>;
  limits?: Limits;
}

const uuid = z.uuid();

/**
 * The visitor id of a person's preview chats. The colon cannot occur in a widget visitor id, so a
 * preview can never continue a real visitor's conversation, nor a visitor a preview.
 */
export const previewVisitorId = (userId: string) => `preview:${userId}`;

async function parseBody(request: Request): Promise<PreviewBody> {
  const parsed = previewBody.safeParse(await readJsonBody(request));
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Invalid request.");
  return parsed.data;
}

/**
 * One message to an agent's DRAFT, for people configuring it: the same engine, knowledge and
 * streamed reply as the widget, plus the reasoning behind each reply (`data-trace`). The
 * conversation is stored with the channel "preview", which usage and analytics leave out.
 */
export async function handlePreviewRequest(
  db: Db,
  request: Request,
  context: { workspaceId: string; agentId: string; userId: string | undefined },
  deps: PreviewDeps = {},
): Promise<Response> {
  try {
    assertSameOrigin(request);
    const scope = await authorizeWorkspace(db, { userId: context.userId, workspaceId: context.workspaceId, permission: "agents.configure" });
    if (!uuid.safeParse(context.agentId).success) throw new AppError("NOT_FOUND", "Agent not found.");
    const agent = await getAgent(scope, context.agentId);
    const body = await parseBody(request);
    const limits = deps.limits ?? (await appLimits());
    // Testing spends the same model budget as visitors do.
    await limits.check(rules.tokensPerWorkspace, scope.workspaceId);
    const [workspace] = await db.select({ brandVoice: workspaces.brandVoice }).from(workspaces).where(eq(workspaces.id, scope.workspaceId));

    const store = createConversationStore(db);
    const conversation = await store.open({
      workspaceId: scope.workspaceId,
      agentId: agent.id,
      conversationId: body.conversationId,
      visitorId: previewVisitorId(scope.actorId!),
      channel: "preview",
    });
    await store.addVisitorMessage(conversation, body.message.text);
    const embedder = await (deps.embedder ?? getEmbedder)();
    return streamReply(engineForAgent(db, embedder, { workspaceId: scope.workspaceId, settings: agent.draft }), store, {
      agent: agent.draft,
      brandVoice: workspace?.brandVoice ?? null,
      conversation,
      message: body.message.text,
      browserLocale: body.locale ?? null,
      linkHosts: agent.draft.allowedDomains,
      // Nobody is waiting to take over a test chat: handoffs show the "unavailable" message.
      humanAvailable: false,
      includeTrace: true,
      headers: { "cache-control": "no-store" },
      abortSignal: request.signal,
      onReply: (reply) => limits.add(rules.tokensPerWorkspace, scope.workspaceId, (reply.inputTokens ?? 0) + (reply.outputTokens ?? 0)),
    });
  } catch (error) {
    return errorResponse(error, "agents/preview");
  }
}
