import { createParser } from "eventsource-parser";
import type { PreviewChunk } from "./types";

/**
 * Reads an AI SDK UI message stream (SSE `data: <json>` events, ending with `data: [DONE]`) and
 * hands each chunk to `onChunk`. Events that are not JSON objects with a `type` are skipped.
 */
export async function readUiMessageStream(body: ReadableStream<Uint8Array>, onChunk: (chunk: PreviewChunk) => void, signal?: AbortSignal): Promise<void> {
  let done = false;
  const parser = createParser({
    onEvent(event) {
      if (done) return;
      if (event.data === "[DONE]") {
        done = true;
        return;
      }
      try {
        const chunk: unknown = JSON.parse(event.data);
        if (typeof chunk === "object" && chunk !== null && typeof (chunk as { type?: unknown }).type === "string") onChunk(chunk as PreviewChunk);
      } catch {
        // A malformed event carries nothing the preview can show.
      }
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
