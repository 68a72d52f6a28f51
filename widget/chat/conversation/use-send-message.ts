import { useCallback, useRef, useState } from "preact/hooks";
import { type WidgetStreamChunk } from "../../protocol";
import { readUiMessageStream } from "../read-stream";
import { applyChunk, endReply, startReply, type ChatMessage, type ReplyState } from "../reply-state";
import { createRandomId } from "../storage";
import { describeError, type ChatDeps } from "./deps";
import { type ChatPhase } from "./use-load-conversation";
import { type ConversationState } from "./use-conversation-state";

/** Sends one visitor message and streams the agent's reply into the conversation; one at a time. */
export function useSendMessage({ api, store, translator, locale, pageUrl, identityToken }: ChatDeps, conversation: ConversationState, phase: ChatPhase) {
  const [streaming, setStreaming] = useState(false);
  const streamingRef = useRef(false);
  const { setMessages, replaceMessage, setStatus, setError, adoptConversation } = conversation;

  const streamReply = useCallback(
    async (body: ReadableStream<Uint8Array>, first: ReplyState): Promise<ReplyState> => {
      let reply = first;
      await readUiMessageStream<WidgetStreamChunk>(body, (chunk) => {
        const next = applyChunk(reply, chunk);
        if (next === reply) return;
        const previousId = reply.message.id;
        reply = next;
        if (next.conversationId) adoptConversation(next.conversationId);
        if (next.status) setStatus(next.status);
        replaceMessage(previousId, next.message);
      });
      return reply;
    },
    [adoptConversation, setStatus, replaceMessage],
  );

  const send = useCallback(
    async (text: string): Promise<boolean> => {
      const trimmed = text.trim();
      if (!trimmed || streamingRef.current || phase !== "ready") return false;
      streamingRef.current = true;
      setStreaming(true);
      setError(undefined);
      const visitorMessage: ChatMessage = { id: createRandomId(), role: "visitor", text: trimmed, sources: [], decision: null, feedback: null, persisted: false, streaming: false };
      let reply = startReply(createRandomId());
      setMessages((list) => [...list, visitorMessage, reply.message]);
      try {
        const { conversationId, visitorId } = store.read();
        const body = await api.sendMessage({ conversationId, visitorId, message: { id: visitorMessage.id, text: trimmed }, locale, pageUrl: pageUrl || undefined, identityToken: identityToken || undefined });
        reply = await streamReply(body, reply);
        const previousId = reply.message.id;
        reply = endReply(reply);
        replaceMessage(previousId, reply.message);
        if (reply.errorText !== undefined) setError(translator.t("errorGeneric"));
      } catch (failure) {
        reply = endReply(reply);
        setError(describeError(failure, translator));
      } finally {
        const finalReply = reply.message;
        if (!finalReply.text) setMessages((list) => list.filter((message) => message.id !== finalReply.id));
        else replaceMessage(finalReply.id, finalReply);
        streamingRef.current = false;
        setStreaming(false);
      }
      return true;
    },
    [api, store, translator, locale, pageUrl, identityToken, phase, setMessages, replaceMessage, setError, streamReply],
  );

  return { send, streaming };
}
