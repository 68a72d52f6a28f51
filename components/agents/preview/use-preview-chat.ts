"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { readUiMessageStream } from "@/widget/chat/read-stream";
import { applyChunk, newMessage } from "./reply-state";
import type { PreviewChunk, PreviewMessage } from "./types";

const OFFLINE = "Could not reach the server. Check your connection and try again.";

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (body?.error?.message) return body.error.message;
  return response.status === 401 ? "Your session has ended. Sign in again to use the preview." : "The preview could not answer. Try again.";
}

/**
 * A chat with the agent's saved draft. Each reply streams in with its citations, decision and
 * trace; the conversation continues until `reset`, which starts a new one on the next message.
 */
export function usePreviewChat({ workspaceId, agentId }: { workspaceId: string; agentId: string }) {
  const [messages, setMessages] = useState<PreviewMessage[]>([]);
  const [busy, setBusy] = useState(false);
  const conversationId = useRef<string | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => inFlight.current?.abort(), []);

  const updateReply = useCallback((id: string, change: (message: PreviewMessage) => PreviewMessage) => {
    setMessages((current) => current.map((message) => (message.id === id ? change(message) : message)));
  }, []);

  const send = useCallback(
    async (input: string) => {
      const text = input.trim();
      if (!text || inFlight.current) return;
      const controller = new AbortController();
      inFlight.current = controller;
      setBusy(true);
      const visitor = newMessage("visitor", text);
      const reply = newMessage("agent", "", text);
      // The server renames the reply at "start"; updates follow whichever id it has now.
      let replyId = reply.id;
      setMessages((current) => [...current, visitor, reply]);
      try {
        const response = await fetch(`/api/workspaces/${workspaceId}/agents/${agentId}/preview`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ conversationId: conversationId.current ?? undefined, message: { text }, locale: navigator.language }),
          signal: controller.signal,
        });
        if (!response.ok || !response.body) {
          const error = await errorMessage(response);
          updateReply(replyId, (message) => ({ ...message, streaming: false, error }));
          return;
        }
        await readUiMessageStream<PreviewChunk>(
          response.body,
          (chunk) => {
            if (chunk.type === "data-conversation") {
              conversationId.current = chunk.data.conversationId;
              return;
            }
            const before = replyId;
            if (chunk.type === "start" && chunk.messageId) replyId = chunk.messageId;
            updateReply(before, (message) => applyChunk(message, chunk));
          },
          controller.signal,
        );
        updateReply(replyId, (message) => (message.streaming ? { ...message, streaming: false, error: message.text ? null : "The reply ended early. Try again." } : message));
      } catch (error) {
        if (controller.signal.aborted) return;
        updateReply(replyId, (message) => ({ ...message, streaming: false, error: error instanceof Error && error.name !== "TypeError" ? error.message : OFFLINE }));
      } finally {
        if (inFlight.current === controller) {
          inFlight.current = null;
          setBusy(false);
        }
      }
    },
    [agentId, updateReply, workspaceId],
  );

  /** Forgets the conversation: the next message starts a new one. */
  const reset = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = null;
    conversationId.current = null;
    setMessages([]);
    setBusy(false);
  }, []);

  /** Sends a failed message again, in place of the failed attempt. */
  const retry = useCallback(
    (failed: PreviewMessage) => {
      if (!failed.question || inFlight.current) return;
      setMessages((current) => {
        const at = current.findIndex((message) => message.id === failed.id);
        return at > 0 ? [...current.slice(0, at - 1), ...current.slice(at + 1)] : current;
      });
      void send(failed.question);
    },
    [send],
  );

  return { messages, busy, send, reset, retry };
}

export type PreviewChat = ReturnType<typeof usePreviewChat>;
