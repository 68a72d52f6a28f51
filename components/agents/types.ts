import type { inferRouterOutputs } from "@trpc/server";
import type { AgentLanguage, AgentSettings, agentRoles, personalities } from "@/server/agents/settings";
import type { AppRouter } from "@/server/trpc/root";

type AgentOutputs = inferRouterOutputs<AppRouter>["agents"];

export type AgentSummary = AgentOutputs["list"][number];
export type AgentDetail = AgentOutputs["get"];
export type SettingsChange = AgentDetail["changes"][number];
export type ChatModel = AgentOutputs["models"][number];
export type KnowledgeSourceRow = inferRouterOutputs<AppRouter>["knowledge"]["sources"]["list"][number];
export type AgentRole = (typeof agentRoles)[number];
export type Personality = (typeof personalities)[number];
export type { AgentLanguage, AgentSettings };

/** A setting's name, the key field errors come back under. */
export type SettingKey = keyof AgentSettings;
export type FieldErrors = Partial<Record<SettingKey, string>>;
