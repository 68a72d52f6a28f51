import { afterEach, describe, expect, it, vi } from "vitest";
import { MockLanguageModelV4 } from "ai/test";
import { messagesFor } from "@/server/chat/messages";
import { streamReply } from "@/server/chat/reply-stream";
import type { Retrieve } from "@/server/chat/types";
import { agentSettings, engineDeps } from "./support/engine-harness";
import { createMemoryStore } from "../../support/chat/memory-store";
import { scriptedModel } from "./support/mock-models";
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
