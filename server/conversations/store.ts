import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { conversations, messages } from "@/db/schema";
import { AppError } from "../errors";
import type { ConversationStore, ReplyRecord, StoredConversation } from "@/server/chat";

const HISTORY_TURNS = 12;

/** The answer engine's persistence, on the app database. Every visitor-facing lookup checks agent and visitor. */
export function createConversationStore(db: Db): ConversationStore {
  return {
    async open(input) {
      if (input.conversationId) {
        const [existing] = await db
          .select()
          .from(conversations)
          .where(and(eq(conversations.id, input.conversationId), eq(conversations.agentId, input.agentId), eq(conversations.visitorId, input.visitorId)));
        if (existing && sameVisitor(existing.visitorIdentity, input.identity ?? null)) {
          // A visitor who signs in mid-conversation keeps the conversation and gains the identity.
          if (input.identity && !existing.visitorIdentity) await db.update(conversations).set({ visitorIdentity: input.identity }).where(eq(conversations.id, existing.id));
          return toStored(existing, await loadHistory(db, existing.id));
        }
      }
      await input.beforeCreate?.();
      const [created] = await db
        .insert(conversations)
        .values({
          workspaceId: input.workspaceId,
          agentId: input.agentId,
          channel: input.channel,
          visitorId: input.visitorId,
          visitorIdentity: input.identity ?? null,
          pageUrl: input.pageUrl?.slice(0, 2_000) ?? null,
        })
        .returning();
      return toStored(created!, []);
    },

    async addVisitorMessage(conversation, text) {
      await db.insert(messages).values({ workspaceId: conversation.workspaceId, conversationId: conversation.id, role: "visitor", text });
    },

    async addReply(conversation, messageId, reply: ReplyRecord) {
      await db.transaction(async (tx) => {
        await tx.insert(messages).values({
          id: messageId,
          workspaceId: conversation.workspaceId,
          conversationId: conversation.id,
          role: "agent",
          text: reply.text,
          language: reply.language,
          citations: reply.citations,
          decision: reply.decision,
          confidence: reply.confidence,
          triggers: reply.triggers,
          model: reply.model,
          inputTokens: reply.inputTokens,
          outputTokens: reply.outputTokens,
          latencyMs: reply.latencyMs,
          trace: reply.trace as unknown as Record<string, unknown>,
        });
        await tx
          .update(conversations)
          .set({
            language: reply.language,
            unresolvedTurns: reply.decision === "answer" ? 0 : sql`${conversations.unresolvedTurns} + 1`,
            ...(reply.decision === "handoff" ? { status: "waiting_for_human" as const } : {}),
            updatedAt: new Date(),
          })
          .where(eq(conversations.id, conversation.id));
      });
    },
  };
}

type Identity = { id: string } | null;

/**
 * Whether a conversation may go on with this visitor: once a conversation belongs to a verified
 * person, only that person continues it. Someone else in the same browser (or the same person
 * signed out) starts a new one instead of reading the last person's messages.
 */
export function sameVisitor(owner: Identity, visitor: Identity): boolean {
  return owner === null || owner.id === visitor?.id;
}

async function loadHistory(db: Db, conversationId: string) {
  const rows = await db
    .select({ role: messages.role, text: messages.text, decision: messages.decision })
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(desc(messages.createdAt))
    .limit(HISTORY_TURNS);
  return rows.reverse();
}

function toStored(row: typeof conversations.$inferSelect, history: StoredConversation["history"]): StoredConversation {
  return { id: row.id, workspaceId: row.workspaceId, status: row.status, language: row.language, unresolvedTurns: row.unresolvedTurns, history };
}

/**
 * What the widget shows after a reload. Only the visitor who owns the conversation may read it: the
 * same browser, and for a conversation with a verified person, that person.
 */
export async function getVisitorConversation(db: Db, input: { agentId: string; conversationId: string; visitorId: string; identity: Identity }) {
  const [conversation] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.id, input.conversationId), eq(conversations.agentId, input.agentId), eq(conversations.visitorId, input.visitorId)));
  if (!conversation || !sameVisitor(conversation.visitorIdentity, input.identity)) throw new AppError("NOT_FOUND", "Conversation not found.");
  const rows = await db.select().from(messages).where(eq(messages.conversationId, conversation.id)).orderBy(asc(messages.createdAt));
  return {
    conversationId: conversation.id,
    status: conversation.status,
    messages: rows.map((row) => ({
      id: row.id,
      role: row.role,
      text: row.text,
      sources: row.citations.map((citation) => ({ n: citation.n, title: citation.title, url: citation.url })),
      decision: row.decision,
      feedback: row.feedback,
    })),
  };
}

/** The visitor's own conversation (same browser, same verified person), or NOT_FOUND. */
async function visitorsConversation(db: Db, input: { agentId: string; conversationId: string; visitorId: string; identity: Identity }) {
  const [conversation] = await db
    .select({ id: conversations.id, visitorIdentity: conversations.visitorIdentity })
    .from(conversations)
    .where(and(eq(conversations.id, input.conversationId), eq(conversations.agentId, input.agentId), eq(conversations.visitorId, input.visitorId)));
  if (!conversation || !sameVisitor(conversation.visitorIdentity, input.identity)) throw new AppError("NOT_FOUND", "Conversation not found.");
  return conversation;
}

export async function recordFeedback(
  db: Db,
  input: { agentId: string; conversationId: string; visitorId: string; identity: Identity; messageId: string; rating: "helpful" | "not_helpful" },
) {
  const conversation = await visitorsConversation(db, input);
  const updated = await db
    .update(messages)
    .set({ feedback: input.rating })
    .where(and(eq(messages.id, input.messageId), eq(messages.conversationId, conversation.id), eq(messages.role, "agent")))
    .returning({ id: messages.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", "Message not found.");
}

export async function leaveHandoffEmail(db: Db, input: { agentId: string; conversationId: string; visitorId: string; identity: Identity; email: string }) {
  const conversation = await visitorsConversation(db, input);
  await db
    .update(conversations)
    .set({ visitorEmail: input.email, status: "waiting_for_human", updatedAt: new Date() })
    .where(eq(conversations.id, conversation.id));
}
