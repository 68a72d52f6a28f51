import { useCallback } from "preact/hooks";
import { type FeedbackRating } from "../../protocol";
import { describeError, type ChatDeps } from "./deps";
import { type ConversationState } from "./use-conversation-state";

/** Rates a reply at once on screen, and takes the rating back if the server did not get it. */
export function useFeedback({ api, store, translator }: ChatDeps, { setMessages, setError }: ConversationState) {
  return useCallback(
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
    [api, store, translator, setMessages, setError],
  );
}
