import type { ConversationStore, StoredConversation } from "@/server/chat/store";
import type { ReplyRecord } from "@/server/chat/types";

export interface MemoryStore extends ConversationStore {
  conversations: Map<string, StoredConversation>;
  replies: { conversationId: string; messageId: string; reply: ReplyRecord }[];
}

/**
 * The conversation store the chat service needs, kept in memory, for tests that need no database
 * (and the edge runtime, which has none). Like the database store, `open` returns a snapshot taken
 * before the new message, and it keeps the language and the count of unresolved replies.
 */
export function createMemoryStore(): MemoryStore {
  const conversations = new Map<string, StoredConversation>();
  const replies: MemoryStore["replies"] = [];
  const record = (conversation: StoredConversation) => conversations.get(conversation.id)!;
  return {
    conversations,
    replies,
    async open(input) {
      let existing = input.conversationId ? conversations.get(input.conversationId) : undefined;
      if (!existing || existing.workspaceId !== input.workspaceId) {
        await input.beforeCreate?.();
        existing = { id: crypto.randomUUID(), workspaceId: input.workspaceId, status: "active", language: null, unresolvedTurns: 0, history: [] };
        conversations.set(existing.id, existing);
      }
      return { ...existing, history: [...existing.history] };
    },
    async addVisitorMessage(conversation, text) {
      record(conversation).history.push({ role: "visitor", text });
    },
    async addReply(conversation, messageId, reply) {
      const stored = record(conversation);
      replies.push({ conversationId: conversation.id, messageId, reply });
      stored.history.push({ role: "agent", text: reply.text, decision: reply.decision });
      stored.language = reply.language;
      stored.unresolvedTurns = reply.decision === "answer" ? 0 : stored.unresolvedTurns + 1;
      if (reply.decision === "handoff") stored.status = "waiting_for_human";
    },
  };
}
