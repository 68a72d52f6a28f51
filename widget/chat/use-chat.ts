import { type ChatDeps } from "./conversation/deps";
import { useConversationState } from "./conversation/use-conversation-state";
import { useFeedback } from "./conversation/use-feedback";
import { useHandoffEmail } from "./conversation/use-handoff-email";
import { useLoadConversation } from "./conversation/use-load-conversation";
import { useSendMessage } from "./conversation/use-send-message";

export type { ChatDeps } from "./conversation/deps";
export type { ChatPhase } from "./conversation/use-load-conversation";

/** The conversation's state and the visitor's actions; all network calls go through `deps.api`. */
export function useChat(deps: ChatDeps) {
  const conversation = useConversationState(deps.store);
  const { phase, config } = useLoadConversation(deps, conversation);
  const { send, streaming } = useSendMessage(deps, conversation, phase);
  const rate = useFeedback(deps, conversation);
  const { leaveEmail, showHandoffForm } = useHandoffEmail(deps, conversation);
  const { messages, status, conversationId, error, handoffEmail } = conversation;
  return { phase, config, messages, status, conversationId, streaming, error, handoffEmail, showHandoffForm, send, rate, leaveEmail };
}

export type ChatController = ReturnType<typeof useChat>;
