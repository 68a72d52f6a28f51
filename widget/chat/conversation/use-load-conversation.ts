import { useEffect, useState } from "preact/hooks";
import { type HistoryMessage, type WidgetConfig } from "../../protocol";
import { ChatApiError } from "../api";
import { type ChatMessage } from "../reply-state";
import { type ChatDeps } from "./deps";
import { type ConversationState } from "./use-conversation-state";

export type ChatPhase = "loading" | "ready" | "unavailable";

function fromHistory(message: HistoryMessage): ChatMessage {
  return { ...message, sources: message.sources ?? [], persisted: true, streaming: false };
}

/** Loads the agent's configuration, then the visitor's saved conversation if there is one. */
export function useLoadConversation({ api, store, translator, locale, pageUrl }: ChatDeps, conversation: ConversationState) {
  const [phase, setPhase] = useState<ChatPhase>("loading");
  const [config, setConfig] = useState<WidgetConfig>();
  const { setMessages, setStatus, setError, forgetConversation } = conversation;

  useEffect(() => {
    let cancelled = false;
    const loadHistory = async (saved: string) => {
      try {
        const history = await api.getHistory(saved, store.read().visitorId);
        if (cancelled) return;
        setMessages(history.messages.map(fromHistory));
        setStatus(history.status);
      } catch (failure) {
        // A conversation that is gone (or not this visitor's) is forgotten; a network blip is not.
        if (failure instanceof ChatApiError && failure.status === 404) forgetConversation();
      }
    };
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
      if (saved) await loadHistory(saved);
      if (!cancelled) setPhase("ready");
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [api, store, translator, locale, pageUrl, setMessages, setStatus, setError, forgetConversation]);

  return { phase, config };
}
