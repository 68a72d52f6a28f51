import { convertArrayToReadableStream, MockLanguageModelV4 } from "ai/test";
import { describe, expect, it } from "vitest";
import { defaultAgentSettings } from "@/server/agents/settings";
import { createExtractiveModel } from "@/server/ai/extractive";
import { handleChatRequest, type ChatServiceDeps } from "@/server/chat-runtime/chat-endpoint";
import { createLimits } from "@/server/rate-limits/limiter";
import type { EngineDeps, Retrieval } from "@/server/chat/types";
import { createMemoryStore } from "../support/chat/memory-store";
import { readUiStream } from "../support/chat/ui-stream";

/**
 * Runs under Vitest's `edge-runtime` environment: the answer engine and the chat endpoint's handler
 * work with Web APIs alone (streams, crypto.randomUUID, Intl.Segmenter), as on the edge route.
 */
const passages: Retrieval = {
  confidence: 0.9,
  signals: { topSimilarity: 0.8 },
  passages: [
    { chunkId: "c1", documentId: "d1", title: "Returns", url: "https://help.example.com/returns", anchor: "window", headingPath: ["Return window"], content: "You can return any unused item within 45 days of delivery for a full refund.", language: "en", score: 1, vectorSimilarity: 0.8, textScore: 4, sourceKind: "url" },
  ],
};

function serviceWith(engine: Omit<EngineDeps, "retrieve" | "detectLanguage">, store = createMemoryStore()): ChatServiceDeps {
  const settings = { ...defaultAgentSettings(), name: "Edgy", allowedDomains: ["shop.example.com"] };
  return {
    loadAgent: async (agentId) => (agentId === "a1" ? { agentId, workspaceId: "w1", settings, brandVoice: null } : null),
    store,
    engineFor: async () => ({ ...engine, retrieve: async () => passages, detectLanguage: async (_text, options) => options.hint ?? "en" }),
    limits: createLimits({ kind: "memory" }),
    trustedProxyHops: 0,
    isOriginAllowed: (agent, origin) => agent.allowedDomains.includes(new URL(origin).host),
    verifyIdentity: async () => null,
    appOrigin: "https://app.example.com",
  };
}

const request = (body: unknown) =>
  new Request("https://app.example.com/api/chat/a1", { method: "POST", headers: { origin: "https://shop.example.com", "content-type": "application/json" }, body: JSON.stringify(body) });

describe("the chat endpoint on the edge runtime", () => {
  it("runs in an edge-runtime environment", () => {
    expect(typeof (globalThis as { EdgeRuntime?: string }).EdgeRuntime).toBe("string");
  });

  it("streams a cited answer from a mock model in the UI message protocol", async () => {
    const model = new MockLanguageModelV4({
      doStream: {
        stream: convertArrayToReadableStream([
          { type: "text-start", id: "t" },
          { type: "text-delta", id: "t", delta: "<decision>answer</decision>\nYou have 45 days " },
          { type: "text-delta", id: "t", delta: "to return unused items [1]." },
          { type: "text-end", id: "t" },
          { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage: { inputTokens: { total: 50, noCache: 50, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 12, text: 12, reasoning: undefined } } },
        ]),
      },
    });
    const response = await handleChatRequest(request({ visitorId: "visitor-123", message: { id: "m1", text: "How long can I return items?" }, locale: "en-US" }), "a1", serviceWith({ model, modelId: "mock" }));
    expect(response.headers.get("x-vercel-ai-ui-message-stream")).toBe("v1");
    expect(response.headers.get("access-control-allow-origin")).toBe("https://shop.example.com");
    const { chunks, done, text } = await readUiStream(response);
    expect(done).toBe(true);
    expect(text).toBe("You have 45 days to return unused items [1].");
    expect(chunks.find((chunk) => chunk.type === "source-url")).toMatchObject({ sourceId: "1", url: "https://help.example.com/returns#window", title: "Returns" });
    expect(chunks.find((chunk) => chunk.type === "data-decision")).toMatchObject({ data: { decision: "answer" } });
  });

  it("answers with the built-in extractive model too", async () => {
    const memory = createMemoryStore();
    const response = await handleChatRequest(
      request({ visitorId: "visitor-456", message: { id: "m2", text: "How many days do I have to return an unused item?" }, locale: "en" }),
      "a1",
      serviceWith({ model: createExtractiveModel(), modelId: "extractive" }, memory),
    );
    const { text } = await readUiStream(response);
    expect(text).toContain("within 45 days of delivery");
    expect(memory.replies[0]?.reply).toMatchObject({ decision: "answer", citations: [expect.objectContaining({ n: 1, documentId: "d1" })] });
  });

  it("refuses an origin the agent does not allow", async () => {
    const refused = new Request("https://app.example.com/api/chat/a1", { method: "POST", headers: { origin: "https://evil.example" }, body: "{}" });
    const response = await handleChatRequest(refused, "a1", serviceWith({ model: createExtractiveModel(), modelId: "extractive" }));
    expect(response.status).toBe(403);
  });
});
