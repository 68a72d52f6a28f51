/** The visitor chat endpoint as the edge runtime runs it: no PGlite, no Node-only modules. */
export { composeChatService } from "./compose";
export { handleChatRequest, type ChatServiceDeps } from "./chat-endpoint";
