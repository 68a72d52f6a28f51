import { type ConversationStatus, type MessageSource, type ReplyDecision, type WidgetConfig, type WidgetStreamChunk } from "../../widget/protocol";

/** Canned replies of the widget's fake server, chosen by words in the visitor's message. */
export interface CannedAnswer {
  text: string;
  sources: MessageSource[];
  decision: ReplyDecision;
  status: ConversationStatus;
  /** Pause between streamed words, so a test can act while the answer streams. */
  delayMs: number;
  errorText?: string;
}

export const returnsAnswer: CannedAnswer = {
  text: "You can return any item within 30 days of delivery [1]. Refunds reach your card within 5 business days [2].",
  sources: [
    { n: 1, title: "Returns policy", url: "https://shop.example/help/returns" },
    { n: 2, title: "Refunds and payment", url: "https://shop.example/help/refunds" },
  ],
  decision: "answer",
  status: "active",
  delayMs: 15,
};

export function pickAnswer(question: string): CannedAnswer {
  const text = question.toLowerCase();
  if (text.includes("person") || text.includes("human")) {
    return { text: "I'll ask a person from the team to help you with this.", sources: [], decision: "handoff", status: "waiting_for_human", delayMs: 5 };
  }
  if (text.includes("broken")) {
    return { text: "", sources: [], decision: "answer", status: "active", delayMs: 0, errorText: "model exploded" };
  }
  if (text.includes("slow")) return { ...returnsAnswer, delayMs: 120 };
  return returnsAnswer;
}

/** The chunks the real answer engine sends, in its order, including types the widget must ignore. */
export function answerChunks(answer: CannedAnswer, ids: { conversationId: string; messageId: string }): Array<WidgetStreamChunk | { type: string }> {
  const chunks: Array<WidgetStreamChunk | { type: string }> = [
    { type: "start", messageId: ids.messageId },
    { type: "data-conversation", data: { conversationId: ids.conversationId, status: answer.status } },
    { type: "start-step" },
  ];
  if (answer.errorText) return [...chunks, { type: "error", errorText: answer.errorText }];
  chunks.push({ type: "data-decision", data: { decision: answer.decision, confidence: answer.decision === "answer" ? 0.82 : 0.2 } });
  for (const source of answer.sources) chunks.push({ type: "source-url", sourceId: String(source.n), url: source.url, title: source.title });
  chunks.push({ type: "text-start", id: "t1" });
  for (const word of answer.text.match(/\S+\s*/g) ?? []) chunks.push({ type: "text-delta", id: "t1", delta: word });
  chunks.push({ type: "text-end", id: "t1" }, { type: "finish-step" }, { type: "finish", finishReason: "stop" });
  return chunks;
}

export function configFor(agentId: string, locale: string, pageUrl: string): WidgetConfig {
  const french = locale.toLowerCase().startsWith("fr");
  const onPricing = pageUrl.includes("/pricing");
  return {
    agentId,
    name: "Kite Helper",
    avatarUrl: null,
    language: french ? "fr" : "en",
    welcome: french ? "Bonjour ! Comment puis-je vous aider ?" : "Hi! How can I help you today?",
    quickReplies: french ? ["Parler à une personne"] : ["Talk to a person"],
    suggestions: onPricing
      ? ["Is there a free plan?", "Can I pay yearly?", "Do you offer refunds?"]
      : ["How do I return an item?", "When will I get my refund?", "Where is my order?"],
    status: "live",
  };
}
