import { describe, expect, it } from "vitest";
import { type WidgetStreamChunk } from "@/widget/protocol";
import { readUiMessageStream } from "@/widget/chat/read-stream";
import { applyChunk, endReply, startReply } from "@/widget/chat/reply-state";

function streamOf(...pieces: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
}

async function collect(body: ReadableStream<Uint8Array>): Promise<WidgetStreamChunk[]> {
  const chunks: WidgetStreamChunk[] = [];
  await readUiMessageStream<WidgetStreamChunk>(body, (chunk) => chunks.push(chunk));
  return chunks;
}

describe("readUiMessageStream", () => {
  it("reads data events split anywhere across network chunks, and stops at [DONE]", async () => {
    const sse = 'data: {"type":"start","messageId":"m1"}\n\ndata: {"type":"text-delta","id":"t","delta":"Hé"}\r\n\r\ndata: [DONE]\n\ndata: {"type":"text-delta","id":"t","delta":"late"}\n\n';
    const bytes = new TextEncoder().encode(sse);
    // Cut inside a field name, inside the two-byte "é", and inside the CRLF.
    const cuts = [0, 10, 66, 88, 92, bytes.length];
    const split = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 1; index < cuts.length; index += 1) controller.enqueue(bytes.slice(cuts[index - 1], cuts[index]));
        controller.close();
      },
    });
    expect(await collect(split)).toEqual([
      { type: "start", messageId: "m1" },
      { type: "text-delta", id: "t", delta: "Hé" },
    ]);
  });

  it("stops reading and cancels the body once its signal aborts", async () => {
    const abort = new AbortController();
    let cancelled = false;
    let push: (text: string) => void = () => undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (text) => controller.enqueue(new TextEncoder().encode(text));
        push('data: {"type":"start"}\n\n');
      },
      cancel() {
        cancelled = true;
      },
    });
    const chunks: { type: string }[] = [];
    await readUiMessageStream(
      body,
      (chunk) => {
        chunks.push(chunk);
        abort.abort();
        push('data: {"type":"finish"}\n\n');
      },
      abort.signal,
    );
    expect(chunks).toEqual([{ type: "start" }]);
    expect(cancelled).toBe(true);
  });

  it("skips comments, invalid JSON and events without a type", async () => {
    const chunks = await collect(streamOf(": keep-alive\n\n", "data: not json\n\n", 'data: {"no":"type"}\n\n', 'data: {"type":"finish"}\n\n'));
    expect(chunks).toEqual([{ type: "finish" }]);
  });
});

describe("applyChunk", () => {
  const fold = (chunks: WidgetStreamChunk[]) => endReply(chunks.reduce(applyChunk, startReply("local-1")));

  it("builds the reply's text, server id, numbered sources, decision and conversation", () => {
    const reply = fold([
      { type: "start", messageId: "srv-9" },
      { type: "data-conversation", data: { conversationId: "c1", status: "active" } },
      { type: "source-url", sourceId: "1", url: "https://a.example/returns", title: "Returns" },
      { type: "source-url", sourceId: "2", url: "https://a.example/refunds" },
      { type: "text-start", id: "t" },
      { type: "text-delta", id: "t", delta: "Within 30 days " },
      { type: "text-delta", id: "t", delta: "[1]." },
      { type: "data-decision", data: { decision: "answer", confidence: 0.8 } },
      { type: "start-step" } as unknown as WidgetStreamChunk,
      { type: "finish" },
    ]);
    expect(reply.finished).toBe(true);
    expect(reply.conversationId).toBe("c1");
    expect(reply.status).toBe("active");
    expect(reply.message).toMatchObject({ id: "srv-9", persisted: true, streaming: false, text: "Within 30 days [1].", decision: "answer" });
    expect(reply.message.sources).toEqual([
      { n: 1, title: "Returns", url: "https://a.example/returns" },
      { n: 2, title: "https://a.example/refunds", url: "https://a.example/refunds" },
    ]);
  });

  it("keeps a local id (no feedback) when the stream names no message, and records errors", () => {
    const reply = fold([{ type: "text-delta", id: "t", delta: "Part" }, { type: "error", errorText: "boom" }]);
    expect(reply.message).toMatchObject({ id: "local-1", persisted: false, streaming: false, text: "Part" });
    expect(reply.errorText).toBe("boom");
  });

  it("ends a reply whose stream was cut without finish", () => {
    const reply = fold([{ type: "text-delta", id: "t", delta: "Half an ans" }]);
    expect(reply.message.streaming).toBe(false);
    expect(reply.message.text).toBe("Half an ans");
  });
});
