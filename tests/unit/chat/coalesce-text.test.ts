import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { convertArrayToReadableStream, convertReadableStreamToArray } from "ai/test";
import { describe, expect, it } from "vitest";
import { coalesceTextDeltas } from "@/server/chat/coalesce-text";

const finish: LanguageModelV4StreamPart = {
  type: "finish",
  usage: { inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 1, text: 1, reasoning: undefined } },
  finishReason: { unified: "stop", raw: "stop" },
};
const words = (text: string, id = "t"): LanguageModelV4StreamPart[] => (text.match(/\S+\s*/g) ?? []).map((delta) => ({ type: "text-delta", id, delta }));

describe("coalescing a model's text deltas", () => {
  it("passes text written at once as one delta, in its place among the other parts", async () => {
    const parts: LanguageModelV4StreamPart[] = [{ type: "stream-start", warnings: [] }, { type: "text-start", id: "t" }, ...words("Returns are free within thirty days [1]."), { type: "text-end", id: "t" }, finish];
    const out = await convertReadableStreamToArray(convertArrayToReadableStream(parts).pipeThrough(coalesceTextDeltas()));
    expect(out).toEqual([{ type: "stream-start", warnings: [] }, { type: "text-start", id: "t" }, { type: "text-delta", id: "t", delta: "Returns are free within thirty days [1]." }, { type: "text-end", id: "t" }, finish]);
  });

  it("keeps text parts apart, and deltas with provider metadata as they are", async () => {
    const tagged: LanguageModelV4StreamPart = { type: "text-delta", id: "b", delta: "kept ", providerMetadata: { x: { y: 1 } } };
    const parts = [...words("first part", "a"), ...words("second part", "b"), tagged, ...words("more text", "b")];
    const out = await convertReadableStreamToArray(convertArrayToReadableStream(parts).pipeThrough(coalesceTextDeltas()));
    expect(out).toEqual([{ type: "text-delta", id: "a", delta: "first part" }, { type: "text-delta", id: "b", delta: "second part" }, tagged, { type: "text-delta", id: "b", delta: "more text" }]);
  });

  it("lets tokens that arrive apart through as they come", async () => {
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      async start(controller) {
        for (const part of words("one two three")) {
          controller.enqueue(part);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        controller.close();
      },
    });
    const out = await convertReadableStreamToArray(stream.pipeThrough(coalesceTextDeltas()));
    expect(out.map((part) => (part.type === "text-delta" ? part.delta : part.type))).toEqual(["one ", "two ", "three"]);
  });
});
