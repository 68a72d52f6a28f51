export { createAgent, listAgents, getAgent, deleteAgent, pendingChanges, type AgentSummary, type AgentDetail } from "./agents";
export { updateDraft, publishAgent, discardDraft, type DraftVersion } from "./drafts";
export { diffSettings, type SettingsChange, type SettingValue } from "./diff";
export { getLiveAgent, type LiveAgent } from "./live";
export { isOriginAllowed } from "./origins";
export {
  agentSettingsSchema,
  parseAgentSettings,
  defaultAgentSettings,
  agentRoles,
  personalities,
  agentLanguages,
  type AgentSettings,
  type AgentLanguage,
} from "./settings";
export { getIdentitySecret, verifyVisitorIdentity, type VisitorIdentity } from "./identity";
export { listTestQuestions } from "./test-questions";
export { summarizeAgents, type AgentOverview } from "./overview";
