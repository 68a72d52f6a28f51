import { useCallback, useMemo } from "preact/hooks";
import { ChatApiError } from "../api";
import { describeError, type ChatDeps } from "./deps";
import { type ConversationState } from "./use-conversation-state";

/** After a handoff reply: whether to offer the email form, and sending the address a person can answer to. */
export function useHandoffEmail({ api, store, translator }: ChatDeps, { messages, conversationId, saveHandoffEmail }: ConversationState) {
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
      saveHandoffEmail(email);
      return undefined;
    },
    [api, store, translator, saveHandoffEmail],
  );

  const showHandoffForm = useMemo(() => {
    for (let index = messages.length - 1; index >= 0; index -= 1) {
      const message = messages[index];
      if (message?.role === "agent") return message.decision === "handoff" && !message.streaming && Boolean(conversationId);
    }
    return false;
  }, [messages, conversationId]);

  return { leaveEmail, showHandoffForm };
}
