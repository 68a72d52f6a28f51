import type { ConversationStore, StoredConversation } from "@/server/chat/store";
import type { ReplyRecord } from "@/server/chat/types";

/**
 * A ConversationStore in memory, for tests of the chat service that need no database (and the edge
 * runtime, which has none). Like the real store, `open` returns a snapshot taken before the new message.
 */
export function createMemoryStore() {
  const conversations = new Map<string, StoredConversation>();
  const replies: { conversationId: string; messageId: string; reply: ReplyRecord }[] = [];
  const record = (conversation: StoredConversation) => conversations.get(conversation.id)!;
  const store: ConversationStore = {
    async open(input) {
      let existing = input.conversationId ? conversations.get(input.conversationId) : undefined;
      if (!existing) {
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
  return { store, conversations, replies };
}
