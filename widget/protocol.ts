/**
 * The HTTP contract between the website chat widget and the app. Types only: the widget bundle and
 * the server's route handlers both import from here, so neither can drift from the other.
 * Every endpoint is same-origin with the chat iframe; the loader also calls the config endpoint
 * cross-origin (CORS is granted only to the agent's allowed domains).
 */

export type ConversationStatus = "active" | "waiting_for_human" | "closed";
export type ReplyDecision = "answer" | "clarify" | "handoff";
export type FeedbackRating = "helpful" | "not_helpful";
export type MessageRole = "visitor" | "agent";

/** Body of every non-2xx JSON answer. */
/** Header carrying the signed visitor identity on the widget's calls besides the chat message itself. */
export const IDENTITY_HEADER = "x-closer-identity";

export interface ApiErrorBody {
  error: { code?: string; message: string };
}

/** `GET /api/widget/{agentId}/config?locale=fr-FR&page=<url-encoded page URL>` */
export interface WidgetConfig {
  agentId: string;
  name: string;
  avatarUrl: string | null;
  /** The language the strings below are written in (en, fr, sv, de or es). */
  language: string;
  welcome: string;
  quickReplies: string[];
  /** Up to three questions suggested for the page the visitor is on. */
  suggestions: string[];
  placeholder?: string;
  status: "live";
}

/** `POST /api/chat/{agentId}`; answered with an AI SDK UI message stream (see {@link WidgetStreamChunk}). */
export interface ChatRequestBody {
  conversationId?: string;
  visitorId: string;
  message: { id: string; text: string };
  locale: string;
  pageUrl?: string;
  /** HS256 JWT from the company's server (`sub`, `exp`, optional `email`, `name`), signed with the agent's identity key. */
  identityToken?: string;
}

/** Longest message a visitor may send; the server rejects longer ones with 400. */
export const MAX_MESSAGE_CHARS = 2_000;

/** Response headers that mark an AI SDK UI message stream. */
export const UI_MESSAGE_STREAM_HEADERS = {
  "content-type": "text/event-stream",
  "cache-control": "no-cache",
  "x-vercel-ai-ui-message-stream": "v1",
} as const;

export interface ConversationData {
  conversationId: string;
  status: ConversationStatus;
}

export interface DecisionData {
  decision: ReplyDecision;
  confidence: number;
}

/**
 * The chunks of the AI SDK's `UIMessageChunk` union that the widget reads, with the two data
 * parts the answer engine adds. Each is sent as `data: <json>` and the stream ends with
 * `data: [DONE]`. Citation markers `[n]` in the text refer to the `source-url` with `sourceId` "n".
 * Any other chunk type is ignored by the widget.
 */
export type WidgetStreamChunk =
  | { type: "start"; messageId?: string; messageMetadata?: unknown }
  | { type: "text-start"; id: string }
  | { type: "text-delta"; id: string; delta: string }
  | { type: "text-end"; id: string }
  | { type: "source-url"; sourceId: string; url: string; title?: string }
  | { type: "data-conversation"; id?: string; data: ConversationData }
  | { type: "data-decision"; id?: string; data: DecisionData }
  | { type: "message-metadata"; messageMetadata: unknown }
  | { type: "finish"; finishReason?: string; messageMetadata?: unknown }
  | { type: "error"; errorText: string }
  | { type: "abort"; reason?: string };

export interface MessageSource {
  /** The number used by the citation marker `[n]` in the text. */
  n: number;
  title: string;
  url: string;
}

export interface HistoryMessage {
  id: string;
  role: MessageRole;
  text: string;
  sources: MessageSource[];
  decision: ReplyDecision | null;
  feedback: FeedbackRating | null;
}

/** `GET /api/chat/{agentId}/conversations/{conversationId}?visitorId=…` (404 when not this visitor's). */
export interface ConversationHistory {
  conversationId: string;
  status: ConversationStatus;
  messages: HistoryMessage[];
}

/** `POST /api/chat/{agentId}/feedback` → 204 */
export interface FeedbackRequestBody {
  conversationId: string;
  visitorId: string;
  messageId: string;
  rating: FeedbackRating;
}

/** `POST /api/chat/{agentId}/handoff-email` → 204, or 400 with a message for a bad address. */
export interface HandoffEmailRequestBody {
  conversationId: string;
  visitorId: string;
  email: string;
}
