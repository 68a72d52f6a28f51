import type { PreviewChunk, PreviewMessage } from "./types";

export function newMessage(role: PreviewMessage["role"], text: string, question: string | null = null): PreviewMessage {
  return { id: crypto.randomUUID(), role, text, sources: [], decision: null, trace: null, streaming: role === "agent", error: null, question };
}

/** Folds one stream chunk into the agent reply being written. */
export function applyChunk(message: PreviewMessage, chunk: PreviewChunk): PreviewMessage {
  switch (chunk.type) {
    case "start":
      return chunk.messageId ? { ...message, id: chunk.messageId } : message;
    case "text-delta":
      return { ...message, text: message.text + chunk.delta };
    case "source-url": {
      const n = /^\d+$/.test(chunk.sourceId) ? Number(chunk.sourceId) : message.sources.length + 1;
      if (message.sources.some((source) => source.n === n)) return message;
      return { ...message, sources: [...message.sources, { n, title: chunk.title?.trim() || chunk.url, url: chunk.url || null }] };
    }
    case "data-decision":
      return { ...message, decision: chunk.data.decision };
    case "data-trace":
      return { ...message, trace: chunk.data };
    case "error":
      return { ...message, streaming: false, error: chunk.errorText || "The reply failed." };
    case "finish":
    case "abort":
      return { ...message, streaming: false };
    default:
      return message;
  }
}
