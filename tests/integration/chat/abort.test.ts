import { MockLanguageModelV4 } from "ai/test";
import { describe, expect, it } from "vitest";
import type { Retrieve } from "@/server/chat/types";
import { agentSettings, engineDeps, visitorTurn } from "./support/engine-harness";
import { streamText } from "./support/mock-models";

const retrieve: Retrieve = async () => ({
  confidence: 0.9,
  signals: {},
  passages: [{ chunkId: "c1", documentId: "d1", title: "Returns", url: "https://help.kite.example/returns", anchor: null, headingPath: [], content: "Returns are free within thirty days.", language: "en", score: 0.9, vectorSimilarity: 0.8, textScore: 0.4, sourceKind: "url" }],
});

describe("a visitor who goes away", () => {
  it("passes the request's abort signal to every model call, condensing included", async () => {
    const seen: (AbortSignal | undefined)[] = [];
    const model = new MockLanguageModelV4({
      doStream: async (options) => {
        seen.push(options.abortSignal);
        return streamText("<decision>answer</decision>\nReturns are free within thirty days [1].");
      },
      doGenerate: async (options) => {
        seen.push(options.abortSignal);
        return { content: [{ type: "text", text: "Are returns free?" }], finishReason: { unified: "stop", raw: "stop" }, usage: { inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 1, text: 1, reasoning: undefined } }, warnings: [] };
      },
    });
    const controller = new AbortController();
    await visitorTurn(engineDeps(retrieve, model, "mock"), "And are they free?", {
      agent: agentSettings(),
      history: [{ role: "visitor", text: "Tell me about returns" }, { role: "agent", text: "Sure, what would you like to know?" }],
      abortSignal: controller.signal,
    });
    expect(seen).toHaveLength(2);
    for (const signal of seen) {
      expect(signal).toBeDefined();
      controller.abort();
      expect(signal!.aborted).toBe(true);
    }
  });
});
