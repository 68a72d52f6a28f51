import { afterEach, describe, expect, it, vi } from "vitest";
import { MockLanguageModelV4 } from "ai/test";
import { messagesFor } from "@/server/chat/messages";
import { streamReply } from "@/server/chat/reply-stream";
import { StepTimings } from "@/server/chat/timings";
import type { Retrieve } from "@/server/chat/types";
import { agentSettings, engineDeps } from "./support/engine-harness";
import { createMemoryStore } from "../../support/chat/memory-store";
import { scriptedModel, usage } from "./support/mock-models";
import { readUiStream } from "../../support/chat/ui-stream";

const retrieve: Retrieve = async () => ({
  confidence: 0.9,
  signals: {},
  passages: [{ chunkId: "c1", documentId: "d1", title: "Returns", url: "https://help.kite.example/returns", anchor: null, headingPath: [], content: "Returns are free within thirty days.", language: "en", score: 0.9, vectorSimilarity: 0.8, textScore: 0.4, sourceKind: "url" }],
});

async function conversationIn(language: string | null) {
  const store = createMemoryStore();
  const conversation = await store.open({ workspaceId: "w1", agentId: "a1", visitorId: "visitor-1", channel: "web" });
  conversation.language = language;
  return { store, conversation };
}

describe("streaming a reply in the UI message protocol", () => {
  afterEach(() => vi.restoreAllMocks());

  it("sends the conversation, the released text, the sources and the decision, and stores the reply", async () => {
    const { store, conversation } = await conversationIn(null);
    const model = scriptedModel(() => "<decision>answer</decision>\nReturns are free within thirty days [1].");
    const agent = agentSettings();
    const response = streamReply(engineDeps(retrieve, model, "mock-model"), store, { agent, brandVoice: null, conversation, message: "Are returns free?", browserLocale: "en", linkHosts: agent.allowedDomains, humanAvailable: false, includeTrace: true });
    expect(response.headers.get("x-vercel-ai-ui-message-stream")).toBe("v1");
    // Left alone by compression (Next's and proxies'): every event is flushed as it is written.
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    const { chunks, done, text } = await readUiStream(response);
    expect(done).toBe(true);
    expect(text).toBe("Returns are free within thirty days [1].");
    expect(chunks.map((chunk) => chunk.type).filter((type) => type !== "text-delta")).toEqual(["start", "data-conversation", "text-start", "source-url", "text-end", "data-decision", "data-trace", "finish"]);
    expect(chunks.find((chunk) => chunk.type === "source-url")).toMatchObject({ sourceId: "1", url: "https://help.kite.example/returns", title: "Returns" });
    expect(chunks.find((chunk) => chunk.type === "data-decision")).toMatchObject({ data: { decision: "answer" } });
    expect(store.replies).toHaveLength(1);
    expect(store.replies[0]!.reply).toMatchObject({ decision: "answer", text, model: "mock-model" });
    expect(store.conversations.get(conversation.id)!.history.at(-1)).toMatchObject({ role: "agent", text });
  });

  it("sends text that arrives together as one delta, and text that arrives apart as it comes", async () => {
    const agent = agentSettings();
    const request = async (model: Parameters<typeof engineDeps>[1]) => {
      const { store, conversation } = await conversationIn(null);
      const response = streamReply(engineDeps(retrieve, model, "mock-model"), store, { agent, brandVoice: null, conversation, message: "Are returns free?", browserLocale: "en", linkHosts: agent.allowedDomains, humanAvailable: false });
      const { chunks, text } = await readUiStream(response);
      return { text, deltas: chunks.filter((chunk) => chunk.type === "text-delta").length, types: chunks.map((chunk) => chunk.type) };
    };
    const reply = "<decision>answer</decision>\nReturns are free [1]. The label is printed from your order page, and the refund reaches your card within five working days.";
    const atOnce = await request(scriptedModel(() => reply));
    expect(atOnce.text).toBe("Returns are free [1]. The label is printed from your order page, and the refund reaches your card within five working days.");
    // Twenty-two words written at once: the text up to the citation before its source, the rest after.
    expect(atOnce.deltas).toBeLessThanOrEqual(2);
    expect(atOnce.types.indexOf("source-url")).toBeGreaterThan(atOnce.types.indexOf("text-delta"));

    const words = reply.match(/\S+\s*/g)!;
    const slow = new MockLanguageModelV4({
      doStream: async () => ({
        stream: new ReadableStream({
          async start(controller) {
            controller.enqueue({ type: "stream-start", warnings: [] });
            controller.enqueue({ type: "text-start", id: "t" });
            for (const delta of words) {
              controller.enqueue({ type: "text-delta", id: "t", delta });
              await new Promise((resolve) => setTimeout(resolve, 5));
            }
            controller.enqueue({ type: "text-end", id: "t" });
            controller.enqueue({ type: "finish", usage: usage(10, 20), finishReason: { unified: "stop", raw: "stop" } });
            controller.close();
          },
        }),
      }),
    });
    const apart = await request(slow);
    expect(apart.text).toBe(atOnce.text);
    expect(apart.deltas).toBeGreaterThan(words.length / 2);
  });

  it("reports the server's own time per step in the finish metadata", async () => {
    const { store, conversation } = await conversationIn(null);
    const model = scriptedModel(() => "<decision>answer</decision>\nReturns are free within thirty days [1].");
    const agent = agentSettings();
    const timed: Retrieve = async (...args) => ({ ...(await retrieve(...args)), timings: { text: 3.5, vector: 2 } });
    const timings = new StepTimings();
    timings.add("persist_visitor", 1.25);
    const response = streamReply(engineDeps(timed, model, "mock-model"), store, { agent, brandVoice: null, conversation, message: "Are returns free?", browserLocale: "en", linkHosts: agent.allowedDomains, humanAvailable: false, timings });
    const { chunks } = await readUiStream(response);
    const metadata = chunks.find((chunk) => chunk.type === "finish")!.messageMetadata as { timings: Record<string, number> };
    expect(metadata.timings).toMatchObject({ persist_visitor: 1.3, "retrieve.text": 3.5, "retrieve.vector": 2 });
    expect(Object.keys(metadata.timings).sort()).toEqual(["condense", "language", "model_first_word", "persist_reply", "persist_visitor", "retrieve", "retrieve.text", "retrieve.vector"]);
    for (const ms of Object.values(metadata.timings)) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it("turns a failing model into the localised error text, and stores no reply", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { store, conversation } = await conversationIn("fr");
    const model = new MockLanguageModelV4({
      doStream: async () => {
        throw new Error("provider exploded: key sk-live-123 rejected");
      },
    });
    const agent = agentSettings();
    const response = streamReply(engineDeps(retrieve, model, "mock-model"), store, { agent, brandVoice: null, conversation, message: "Les retours sont-ils gratuits ?", browserLocale: "fr-FR", linkHosts: agent.allowedDomains, humanAvailable: false });
    const { chunks, done } = await readUiStream(response);
    expect(done).toBe(true);
    expect(chunks.find((chunk) => chunk.type === "error")).toEqual({ type: "error", errorText: messagesFor("fr").error });
    expect(JSON.stringify(chunks)).not.toContain("sk-live-123");
    expect(store.replies).toEqual([]);
    expect(errors).toHaveBeenCalled();
  });
});
