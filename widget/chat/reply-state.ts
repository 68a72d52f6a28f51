import { type ConversationStatus, type FeedbackRating, type MessageRole, type MessageSource, type ReplyDecision, type WidgetStreamChunk } from "../protocol";

export interface ChatMessage {
  id: string;
  role: MessageRole;
  text: string;
  sources: MessageSource[];
  decision: ReplyDecision | null;
  feedback: FeedbackRating | null;
  /** The id is the server's, so feedback can refer to it. */
  persisted: boolean;
  streaming: boolean;
}

/** What one streamed reply has told so far. */
export interface ReplyState {
  message: ChatMessage;
  conversationId?: string;
  status?: ConversationStatus;
  errorText?: string;
  finished: boolean;
}

export function startReply(localId: string): ReplyState {
  return {
    message: { id: localId, role: "agent", text: "", sources: [], decision: null, feedback: null, persisted: false, streaming: true },
    finished: false,
  };
}

function sourceNumber(sourceId: string, position: number): number {
  return /^\d+$/.test(sourceId) ? Number(sourceId) : position;
}

/** Folds one chunk of the UI message stream into the reply; unknown chunk types change nothing. */
export function applyChunk(state: ReplyState, chunk: WidgetStreamChunk): ReplyState {
  const message = state.message;
  switch (chunk.type) {
    case "start":
      return chunk.messageId ? { ...state, message: { ...message, id: chunk.messageId, persisted: true } } : state;
    case "text-delta":
      return typeof chunk.delta === "string" ? { ...state, message: { ...message, text: message.text + chunk.delta } } : state;
    case "source-url": {
      if (message.sources.some((source) => source.url === chunk.url && String(source.n) === chunk.sourceId)) return state;
      const n = sourceNumber(chunk.sourceId, message.sources.length + 1);
      const source: MessageSource = { n, title: chunk.title?.trim() || chunk.url, url: chunk.url };
      return { ...state, message: { ...message, sources: [...message.sources, source] } };
    }
    case "data-conversation":
      return { ...state, conversationId: chunk.data.conversationId, status: chunk.data.status };
    case "data-decision":
      return { ...state, message: { ...message, decision: chunk.data.decision } };
    case "error":
      return { ...state, errorText: chunk.errorText, finished: true, message: { ...message, streaming: false } };
    case "finish":
    case "abort":
      return { ...state, finished: true, message: { ...message, streaming: false } };
    default:
      return state;
  }
}

/** Ends a reply whose stream closed without `finish` (a dropped connection keeps the text so far). */
export function endReply(state: ReplyState): ReplyState {
  return state.message.streaming ? { ...state, finished: true, message: { ...state.message, streaming: false } } : state;
}
