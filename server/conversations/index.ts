/** server/conversations — stored conversations: the engine's store, the visitor's own history, counts. */
export { createConversationStore, getVisitorConversation, leaveHandoffEmail, recordFeedback, sameVisitor } from "./store";
export { countConversations, type ConversationCounts } from "./counts";
