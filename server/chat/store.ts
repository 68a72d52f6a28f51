import type { Decision, HistoryTurn, ReplyRecord } from "./types";

export interface StoredConversation {
  id: string;
  workspaceId: string;
  status: "active" | "waiting_for_human" | "closed";
  language: string | null;
  unresolvedTurns: number;
  history: (HistoryTurn & { decision?: Decision | null })[];
}

/** Persistence the chat service needs; the app passes one backed by its database. */
export interface ConversationStore {
  open(input: {
    workspaceId: string;
    agentId: string;
    conversationId?: string | null;
    visitorId: string;
    channel: "web" | "preview";
    pageUrl?: string | null;
    identity?: { id: string; email?: string; name?: string } | null;
    /** Runs before a new conversation is created and may refuse it by throwing (a per-visitor limit). */
    beforeCreate?: () => Promise<void>;
  }): Promise<StoredConversation>;
  addVisitorMessage(conversation: StoredConversation, text: string): Promise<void>;
  addReply(conversation: StoredConversation, messageId: string, reply: ReplyRecord): Promise<void>;
}
