import type { PreviewTrace } from "@/server/chat-runtime/preview";
import type { Decision } from "@/server/chat/types";

export type { Decision, PreviewTrace };

/** A retrieved passage as the "Why?" panel lists it. */
export type TracePassage = PreviewTrace["passages"][number];

export interface PreviewSource {
  /** The number of the `[n]` marker in the reply text. */
  n: number;
  title: string;
  url: string | null;
}

export interface PreviewMessage {
  id: string;
  role: "visitor" | "agent";
  text: string;
  sources: PreviewSource[];
  decision: Decision | null;
  trace: PreviewTrace | null;
  streaming: boolean;
  /** Why the reply could not be shown; the text so far is kept. */
  error: string | null;
  /** For an agent reply, the visitor message it answers. */
  question: string | null;
}

/** The parts of the AI SDK UI message stream the preview reads; any other chunk is ignored. */
export type PreviewChunk =
  | { type: "start"; messageId?: string }
  | { type: "text-delta"; id: string; delta: string }
  | { type: "source-url"; sourceId: string; url: string; title?: string }
  | { type: "data-conversation"; data: { conversationId: string; status: string } }
  | { type: "data-decision"; data: { decision: Decision; confidence: number } }
  | { type: "data-trace"; data: PreviewTrace }
  | { type: "error"; errorText: string }
  | { type: "finish" }
  | { type: "abort" };
