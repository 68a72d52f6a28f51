import { describe, expect, it } from "vitest";
import { citedPassages, stripCitationMarkers } from "@/components/agents/preview/citations";
import { splitCitations } from "@/widget/citations";
import { applyChunk, newMessage } from "@/components/agents/preview/reply-state";
import type { PreviewChunk, PreviewTrace } from "@/components/agents/preview/types";

const passage = (n: number, title: string, url: string | null) => ({ n, chunkId: `chunk-${n}`, title, url, headingPath: [], score: 0.03, vectorSimilarity: 0.5, textScore: 0.1, excerpt: "…" });

function trace(passages: ReturnType<typeof passage>[], citations: { n: number; title: string; url: string | null }[]): PreviewTrace {
  return {
    standaloneQuestion: "q",
    replyLanguage: "en",
    retrievalConfidence: 0.8,
    modelDecision: "answer",
    passages,
    signals: {},
    removedInstructions: 0,
    reason: "",
    beforeModelMs: 4,
    decision: "answer",
    confidence: 0.8,
    triggers: [],
    citations: citations.map((citation) => ({ ...citation, documentId: "d", chunkId: "c" })),
    model: "extractive-v1",
    inputTokens: 10,
    outputTokens: 5,
    latencyMs: 12,
  };
}

describe("preview reply state", () => {
  it("folds a streamed reply: id, text, sources, decision and trace", () => {
    const chunks: PreviewChunk[] = [
      { type: "start", messageId: "server-id" },
      { type: "text-delta", id: "server-id", delta: "Three to five days " },
      { type: "text-delta", id: "server-id", delta: "[1]." },
      { type: "source-url", sourceId: "1", url: "https://help.example.com/shipping", title: "Shipping" },
      { type: "source-url", sourceId: "1", url: "https://help.example.com/shipping", title: "Shipping" },
      { type: "data-decision", data: { decision: "answer", confidence: 0.8 } },
      { type: "data-trace", data: trace([passage(1, "Shipping", null)], []) },
      { type: "finish" },
    ];
    const reply = chunks.reduce(applyChunk, newMessage("agent", "", "How long?"));
    expect(reply).toMatchObject({ id: "server-id", text: "Three to five days [1].", decision: "answer", streaming: false, error: null, question: "How long?" });
    expect(reply.sources).toEqual([{ n: 1, title: "Shipping", url: "https://help.example.com/shipping" }]);
    expect(reply.trace?.model).toBe("extractive-v1");
  });

  it("keeps the text so far when the stream reports an error", () => {
    const reply = [{ type: "text-delta", id: "x", delta: "Partial" } as const, { type: "error", errorText: "Something went wrong." } as const].reduce(applyChunk, newMessage("agent", ""));
    expect(reply).toMatchObject({ text: "Partial", streaming: false, error: "Something went wrong." });
  });
});

describe("citations", () => {
  it("links only markers that match a source", () => {
    const segments = splitCitations("See [1] and [7].", [{ n: 1, title: "Shipping", url: null }]);
    expect(segments).toEqual([
      { kind: "text", text: "See " },
      { kind: "citation", source: { n: 1, title: "Shipping", url: null } },
      { kind: "text", text: " and [7]." },
    ]);
  });

  it("removes markers for a short answer", () => {
    expect(stripCitationMarkers("Orders arrive in three days [1]. Returns are free [2][3].")).toBe("Orders arrive in three days. Returns are free.");
  });

  it("matches renumbered citations to the passages they came from", () => {
    const passages = [passage(1, "Returns", null), passage(2, "Shipping", "https://x.test/s#eu"), passage(3, "Shipping", "https://x.test/s#world")];
    // The reply cited passage 3 first, so it is shown as [1].
    const cited = citedPassages(trace(passages, [{ n: 1, title: "Shipping", url: "https://x.test/s#world" }]));
    expect([...cited]).toEqual([[3, 1]]);
  });
});
