export { composeChatService, engineForAgent, loadLiveAgent } from "./compose";
export { createChatRateLimit, chatRateLimits } from "./rate-limits";
export { suggestQuestions } from "./suggestions";
export { widgetConfig } from "./widget-config";
export { appOrigin } from "./origin";
export { handleWidgetConfig, handleConversationHistory, handleFeedback, handleHandoffEmail, handlePreflight } from "./visitor-api";
export { handlePreviewRequest } from "./preview";
