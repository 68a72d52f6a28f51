export { composeChatService, composeVisitorApi, engineForAgent, loadLiveAgent } from "./compose";
export { handleChatRequest, type ChatServiceDeps } from "./chat-endpoint";
export { suggestQuestions } from "./suggestions";
export { widgetConfig } from "./widget-config";
export { handleWidgetConfig, handleConversationHistory, handleFeedback, handleHandoffEmail, handlePreflight, type VisitorApiDeps } from "./visitor-api";
export { admitVisitor, type GateDeps, type LiveAgentView } from "./visitor-gate";
export { handlePreviewRequest } from "./preview";
export { appChatService, appVisitorApi } from "./app-deps";
