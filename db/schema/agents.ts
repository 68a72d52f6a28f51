import { index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAtColumn, primaryId, updatedAtColumn } from "./columns";
import { workspaceIdColumn } from "./workspaces";

/**
 * An agent's settings as edited in the dashboard. Kept as one JSON document so a draft and the live
 * version are the same shape and can be compared field by field; validated by server/agents.
 */
export type AgentSettings = Record<string, unknown>;

/** A customer agent. Edits go to `draft`; publishing copies it to `live`, the only version visitors see. */
export const agents = pgTable(
  "agents",
  {
    id: primaryId(),
    workspaceId: workspaceIdColumn(),
    draft: jsonb("draft").$type<AgentSettings>().notNull(),
    live: jsonb("live").$type<AgentSettings>(),
    draftUpdatedAt: timestamp("draft_updated_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    /** HS256 key the company's server signs visitor identity tokens with; created on first use. */
    identitySecret: text("identity_secret"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
  },
  (table) => [index("agents_workspace_idx").on(table.workspaceId)],
);

export const conversationChannels = ["web", "preview"] as const;
export const conversationChannel = pgEnum("conversation_channel", conversationChannels);
export const conversationStatuses = ["active", "waiting_for_human", "closed"] as const;
export const conversationStatus = pgEnum("conversation_status", conversationStatuses);

/** A visitor's conversation with an agent. Preview conversations (the dashboard's test chat) never count as usage. */
export const conversations = pgTable(
  "conversations",
  {
    id: primaryId(),
    workspaceId: workspaceIdColumn(),
    agentId: uuid("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    channel: conversationChannel("channel").notNull().default("web"),
    /** Anonymous id the widget keeps in the visitor's browser. */
    visitorId: text("visitor_id").notNull(),
    /** Identity the company's server vouched for with a signed token: { id, email?, name? }. */
    visitorIdentity: jsonb("visitor_identity").$type<{ id: string; email?: string; name?: string }>(),
    /** An address the visitor left for a person to reply to. */
    visitorEmail: text("visitor_email"),
    pageUrl: text("page_url"),
    language: text("language"),
    status: conversationStatus("status").notNull().default("active"),
    /** Consecutive replies that did not answer (clarify or handoff), for "a clarification that did not help". */
    unresolvedTurns: integer("unresolved_turns").notNull().default(0),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (table) => [
    index("conversations_workspace_idx").on(table.workspaceId, table.updatedAt),
    index("conversations_visitor_idx").on(table.agentId, table.visitorId),
  ],
);

export const messageRoles = ["visitor", "agent"] as const;
export const messageRole = pgEnum("message_role", messageRoles);
export const replyDecisions = ["answer", "clarify", "handoff"] as const;
export const replyDecision = pgEnum("reply_decision", replyDecisions);
export const feedbackRatings = ["helpful", "not_helpful"] as const;
export const feedbackRating = pgEnum("feedback_rating", feedbackRatings);

export interface MessageCitation {
  n: number;
  title: string;
  url: string | null;
  documentId: string;
  chunkId: string;
}

/** One message, with what an admin needs to see why the agent replied as it did. */
export const messages = pgTable(
  "messages",
  {
    id: primaryId(),
    workspaceId: workspaceIdColumn(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    role: messageRole("role").notNull(),
    text: text("text").notNull(),
    language: text("language"),
    citations: jsonb("citations").$type<MessageCitation[]>().notNull().default([]),
    decision: replyDecision("decision"),
    confidence: real("confidence"),
    triggers: text("triggers").array().notNull().default([]),
    model: text("model"),
    inputTokens: integer("input_tokens"),
    outputTokens: integer("output_tokens"),
    latencyMs: integer("latency_ms"),
    /** The retrieval behind a reply (query, passages and scores, signals), for the preview's "why" panel. */
    trace: jsonb("trace").$type<Record<string, unknown>>(),
    feedback: feedbackRating("feedback"),
    createdAt: createdAtColumn(),
  },
  (table) => [index("messages_conversation_idx").on(table.conversationId, table.createdAt)],
);
