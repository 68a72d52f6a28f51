import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { type ConversationStatus, type FeedbackRating, type HistoryMessage, type WidgetConfig, type WidgetStreamChunk } from "../protocol";
import { ChatApiError, type ChatApi } from "./api";
import { type Translator } from "./i18n";
import { readUiMessageStream } from "./read-stream";
import { applyChunk, endReply, startReply, type ChatMessage } from "./reply-state";
import { createRandomId, type ChatStore } from "./storage";

export interface ChatDeps {
  api: ChatApi;
  store: ChatStore;
  translator: Translator;
  locale: string;
  pageUrl: string;
  /** A signed visitor identity from the company's site, sent with every message. */
  identityToken?: string;
}

export type ChatPhase = "loading" | "ready" | "unavailable";

function fromHistory(message: HistoryMessage): ChatMessage {
  return { ...message, sources: message.sources ?? [], persisted: true, streaming: false };
}

function describeError(error: unknown, translator: Translator): string {
  if (error instanceof ChatApiError) {
    if (error.status === 0) return translator.t("errorNetwork");
    return error.message || translator.t("errorGeneric");
  }
  return translator.t("errorNetwork");
}

/** The conversation's state and the visitor's actions; all network calls go through `deps.api`. */
export function useChat({ api, store, translator, locale, pageUrl, identityToken }: ChatDeps) {
  const [phase, setPhase] = useState<ChatPhase>("loading");
  const [config, setConfig] = useState<WidgetConfig>();
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [status, setStatus] = useState<ConversationStatus>("active");
  const [conversationId, setConversationId] = useState(store.read().conversationId);
  const [handoffEmail, setHandoffEmail] = useState(store.read().handoffEmail);
  const [streaming, setStreaming] = useState(false);
  const [error, setError] = useState<string>();
  const streamingRef = useRef(false);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      try {
        const loaded = await api.getConfig(locale, pageUrl);
        if (cancelled) return;
        setConfig(loaded);
      } catch (failure) {
        if (cancelled) return;
        setError(failure instanceof ChatApiError && failure.status !== 0 ? translator.t("errorUnavailable") : translator.t("errorNetwork"));
        setPhase("unavailable");
        return;
      }
      const saved = store.read().conversationId;
      if (saved) {
        try {
          const history = await api.getHistory(saved, store.read().visitorId);
          if (cancelled) return;
          setMessages(history.messages.map(fromHistory));
          setStatus(history.status);
        } catch (failure) {
          // A conversation that is gone (or not this visitor's) is forgotten; a network blip is not.
          if (failure instanceof ChatApiError && failure.status === 404) {
            store.update({ conversationId: undefined, handoffEmail: undefined, lastSeenMessageId: undefined });
            setConversationId(undefined);
          }
        }
      }
      if (!cancelled) setPhase("ready");
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [api, store, translator, locale, pageUrl]);

  const replaceMessage = (id: string, next: ChatMessage) => setMessages((list) => list.map((message) => (message.id === id ? next : message)));

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
        const body = await api.sendMessage({
          conversationId: store.read().conversationId,
          visitorId: store.read().visitorId,
          message: { id: visitorMessage.id, text: trimmed },
          locale,
          pageUrl: pageUrl || undefined,
          identityToken: identityToken || undefined,
        });
        await readUiMessageStream<WidgetStreamChunk>(body, (chunk) => {
          const next = applyChunk(reply, chunk);
          if (next === reply) return;
          const previousId = reply.message.id;
          reply = next;
          if (next.conversationId && next.conversationId !== store.read().conversationId) {
            store.update({ conversationId: next.conversationId, handoffEmail: undefined });
            setConversationId(next.conversationId);
            setHandoffEmail(undefined);
          }
          if (next.status) setStatus(next.status);
          replaceMessage(previousId, next.message);
        });
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
    [api, store, translator, locale, pageUrl, identityToken, phase],
  );

  const rate = useCallback(
    async (messageId: string, rating: FeedbackRating) => {
      const current = store.read().conversationId;
      if (!current) return;
      let previous: FeedbackRating | null = null;
      setMessages((list) =>
        list.map((message) => {
          if (message.id !== messageId) return message;
          previous = message.feedback;
          return { ...message, feedback: rating };
        }),
      );
      try {
        await api.sendFeedback({ conversationId: current, messageId, rating });
      } catch (failure) {
        setMessages((list) => list.map((message) => (message.id === messageId ? { ...message, feedback: previous } : message)));
        setError(describeError(failure, translator));
      }
    },
    [api, store, translator],
  );

  /** Resolves to an error message to show next to the field, or undefined once the email is saved. */
  const leaveEmail = useCallback(
    async (email: string): Promise<string | undefined> => {
      const current = store.read().conversationId;
      if (!current) return translator.t("errorGeneric");
      try {
        await api.sendHandoffEmail({ conversationId: current, email });
      } catch (failure) {
        if (failure instanceof ChatApiError && failure.status === 400) return failure.message || translator.t("emailInvalid");
        return describeError(failure, translator);
      }
      store.update({ handoffEmail: email });
      setHandoffEmail(email);
      return undefined;
    },
    [api, store, translator],
  );

  const showHandoffForm = useMemo(() => {
    for (let index = messages.length - 1; index >= 0; index -= 1) {
      const message = messages[index];
      if (message?.role === "agent") return message.decision === "handoff" && !message.streaming && Boolean(conversationId);
    }
    return false;
  }, [messages, conversationId]);

  return { phase, config, messages, status, conversationId, streaming, error, handoffEmail, showHandoffForm, send, rate, leaveEmail };
}

export type ChatController = ReturnType<typeof useChat>;
