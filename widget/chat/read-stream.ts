import { createParser } from "eventsource-parser";

/**
 * Reads an AI SDK UI message stream (SSE, `data: <json>` events ending with `data: [DONE]`) and
 * hands each chunk to `onChunk`. Chunks that are not JSON objects with a `type` are skipped, so
 * a newer server's extra events never break an older reader. The dashboard's preview reads its
 * stream with this too.
 */
export async function readUiMessageStream<Chunk extends { type: string }>(
  body: ReadableStream<Uint8Array>,
  onChunk: (chunk: Chunk) => void,
  signal?: AbortSignal,
): Promise<void> {
  let done = false;
  const parser = createParser({
    onEvent(event) {
      if (done) return;
      if (event.data === "[DONE]") {
        done = true;
        return;
      }
      let chunk: unknown;
      try {
        chunk = JSON.parse(event.data);
      } catch {
        return;
      }
      if (typeof chunk === "object" && chunk !== null && typeof (chunk as { type?: unknown }).type === "string") onChunk(chunk as Chunk);
    },
  });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    while (!done && !signal?.aborted) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
    parser.feed(decoder.decode());
  } finally {
    if (done || signal?.aborted) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
