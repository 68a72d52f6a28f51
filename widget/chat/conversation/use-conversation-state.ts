import { useCallback, useState } from "preact/hooks";
import { type ConversationStatus } from "../../protocol";
import { type ChatMessage } from "../reply-state";
import { type ChatStore } from "../storage";

/**
 * The conversation as the widget shows it — messages, status, the last error — and the ids kept in
 * the visitor's browser, updated together so the store and the screen never disagree.
 */
export function useConversationState(store: ChatStore) {
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [status, setStatus] = useState<ConversationStatus>("active");
  const [conversationId, setConversationId] = useState(store.read().conversationId);
  const [handoffEmail, setHandoffEmail] = useState(store.read().handoffEmail);
  const [error, setError] = useState<string>();

  const replaceMessage = useCallback((id: string, next: ChatMessage) => setMessages((list) => list.map((message) => (message.id === id ? next : message))), []);

  /** The server started or confirmed a conversation: remember it, and start without a left email. */
  const adoptConversation = useCallback(
    (id: string) => {
      if (id === store.read().conversationId) return;
      store.update({ conversationId: id, handoffEmail: undefined });
      setConversationId(id);
      setHandoffEmail(undefined);
    },
    [store],
  );

  /** The stored conversation is gone or not this visitor's: start afresh next time. */
  const forgetConversation = useCallback(() => {
    store.update({ conversationId: undefined, handoffEmail: undefined, lastSeenMessageId: undefined });
    setConversationId(undefined);
  }, [store]);

  const saveHandoffEmail = useCallback(
    (email: string) => {
      store.update({ handoffEmail: email });
      setHandoffEmail(email);
    },
    [store],
  );

  return { messages, setMessages, replaceMessage, status, setStatus, conversationId, adoptConversation, forgetConversation, handoffEmail, saveHandoffEmail, error, setError };
}

export type ConversationState = ReturnType<typeof useConversationState>;
