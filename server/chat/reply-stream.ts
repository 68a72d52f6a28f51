import { createUIMessageStream, createUIMessageStreamResponse, type UIMessageStreamWriter } from "ai";
import type { AgentSettings } from "@/server/agents";
import { coalescedText } from "./coalesce-text";
import { runTurn } from "./engine";
import { boundHistory } from "./history";
import { messagesFor } from "./messages";
import type { ConversationStore, StoredConversation } from "./store";
import { StepTimings } from "./timings";
import type { EngineDeps, ReplyRecord } from "./types";

export interface ReplyRequest {
  agent: AgentSettings;
  brandVoice: string | null;
  conversation: StoredConversation;
  message: string;
  browserLocale: string | null;
  linkHosts: string[];
  humanAvailable: boolean;
  /** Steps already timed for this turn (storing the visitor's message); the turn adds its own. */
  timings?: StepTimings;
  /** The preview adds the reasoning behind each reply as a `data-trace` part. */
  includeTrace?: boolean;
  headers?: HeadersInit;
  /** The visitor's request: when they go away, the model stops generating for them. */
  abortSignal?: AbortSignal;
  /** Runs once the reply is stored, e.g. to count its tokens against a budget. */
  onReply?: (record: ReplyRecord) => Promise<void>;
}

/**
 * Streams one reply in the AI SDK's UI message stream protocol: the conversation id first (so the
 * widget keeps it even if the stream breaks), the text as it is released, a `source-url` per
 * citation as it first appears, then the decision. The reply is stored before the stream finishes.
 */
export function streamReply(engine: EngineDeps, store: ConversationStore, request: ReplyRequest): Response {
  const messageId = crypto.randomUUID();
  const timings = request.timings ?? new StepTimings();
  const stream = createUIMessageStream({
    execute: async ({ writer }) => {
      const { conversation } = request;
      writer.write({ type: "start", messageId });
      writer.write({ type: "data-conversation", data: { conversationId: conversation.id, status: conversation.status } });
      writer.write({ type: "text-start", id: messageId });
      const text = coalescedText((delta) => writer.write({ type: "text-delta", id: messageId, delta }));
      const record = await runTurn(
        { ...engine, timings },
        {
          agent: request.agent,
          brandVoice: request.brandVoice,
          message: request.message,
          history: boundHistory(conversation.history),
          browserLocale: request.browserLocale,
          conversationLanguage: conversation.language,
          unresolvedTurns: conversation.unresolvedTurns,
          linkHosts: request.linkHosts,
          humanAvailable: request.humanAvailable,
          abortSignal: request.abortSignal,
        },
        {
          text: text.push,
          source: (citation) => {
            text.flush();
            writer.write({ type: "source-url", sourceId: String(citation.n), url: citation.url ?? "", title: citation.title });
          },
        },
      ).finally(text.flush);
      writer.write({ type: "text-end", id: messageId });
      await timings.measure("persist_reply", () => store.addReply(conversation, messageId, record));
      await request.onReply?.(record);
      finishReply(writer, conversation.id, record, request.includeTrace ?? false, timings);
    },
    onError: (error) => {
      console.error("[chat] reply failed:", error);
      return messagesFor(request.conversation.language).error;
    },
  });
  return createUIMessageStreamResponse({ stream, headers: streamHeaders(request.headers) });
}

/**
 * `no-transform` keeps proxies, and Next's own compression, from re-compressing every small
 * event: SSE compresses poorly in flushes this size, and it cost the server more CPU per reply
 * than the reply's JSON.
 */
function streamHeaders(headers: HeadersInit | undefined): Headers {
  const merged = new Headers(headers);
  if (!merged.has("cache-control")) merged.set("cache-control", "no-cache, no-transform");
  return merged;
}

function finishReply(writer: UIMessageStreamWriter, conversationId: string, record: ReplyRecord, includeTrace: boolean, timings: StepTimings) {
  writer.write({ type: "data-decision", data: { decision: record.decision, confidence: record.confidence ?? 0 } });
  if (record.decision === "handoff") writer.write({ type: "data-conversation", data: { conversationId, status: "waiting_for_human" } });
  if (includeTrace) {
    writer.write({
      type: "data-trace",
      data: { ...record.trace, decision: record.decision, confidence: record.confidence, triggers: record.triggers, citations: record.citations, model: record.model, inputTokens: record.inputTokens, outputTokens: record.outputTokens, latencyMs: record.latencyMs },
    });
  }
  writer.write({ type: "finish", messageMetadata: { latencyMs: record.latencyMs, beforeModelMs: record.trace.beforeModelMs, timings: timings.toJSON() } });
}

/** A fixed message in the same protocol, for replies that never reach the engine (rate limits). */
export function streamFixedMessage(text: string, headers?: HeadersInit): Response {
  const id = crypto.randomUUID();
  const stream = createUIMessageStream({
    execute: ({ writer }) => {
      writer.write({ type: "start", messageId: id });
      writer.write({ type: "text-start", id });
      writer.write({ type: "text-delta", id, delta: text });
      writer.write({ type: "text-end", id });
      writer.write({ type: "finish" });
    },
  });
  return createUIMessageStreamResponse({ stream, headers: streamHeaders(headers) });
}
