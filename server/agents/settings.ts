import { z } from "zod";
import { messageLanguages } from "@/server/languages";

export const agentRoles = ["customer_support", "marketing_specialist", "sales_representative"] as const;
export const personalities = ["friendly", "professional", "casual", "empathetic", "witty", "brand_voice"] as const;

/** Languages the fixed messages are written in; an agent may enable any subset. */
export const agentLanguages = messageLanguages;
export type AgentLanguage = (typeof agentLanguages)[number];

/** Text an admin may write per language; the first enabled language is the fallback. */
const perLanguage = z.record(z.string(), z.string().trim().max(1_000));

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+(:\d{1,5})?$/, "Use a domain such as example.com, *.example.com or localhost:8080.");

/**
 * Everything an admin configures about a customer agent. Drafts and live versions share this
 * shape; defaults make a new agent usable at once.
 */
export const agentSettingsSchema = z.object({
  name: z.string().trim().min(1, "Give the agent a name.").max(60).default("Support assistant"),
  avatarUrl: z.string().trim().url().max(2_000).nullable().default(null),
  role: z.enum(agentRoles).default("customer_support"),
  personality: z.enum(personalities).default("friendly"),
  /** Free-text rules the agent follows (tone, topics to avoid, what to always mention). */
  guidelines: z.string().max(4_000).default(""),
  /** Knowledge sources the agent answers from; `null` means every source in the workspace. */
  sourceIds: z.array(z.uuid()).max(500).nullable().default(null),
  /** Custom welcome messages by language; the built-in localised welcome is used where one is missing. */
  welcomeMessages: perLanguage.default({}),
  quickReplies: z.array(z.string().trim().min(1).max(80)).max(6).default([]),
  /** Phrases that hand the conversation to a person at once (matched case-insensitively). */
  handoffTriggers: z.array(z.string().trim().min(2).max(100)).max(50).default([]),
  handoffMessages: z
    .object({ available: perLanguage.default({}), unavailable: perLanguage.default({}) })
    .default({ available: {}, unavailable: {} }),
  /** Websites allowed to embed the widget. Empty: the widget works only on the demo page. */
  allowedDomains: z.array(domain).max(50).default([]),
  languages: z.array(z.enum(agentLanguages)).min(1, "Enable at least one language.").default([...messageLanguages]),
  /** A configured model id (see server/ai models), or "local" for the built-in extractive model. */
  model: z.string().trim().min(1).max(200).default("local"),
});

export type AgentSettings = z.infer<typeof agentSettingsSchema>;

export function parseAgentSettings(value: unknown): AgentSettings {
  return agentSettingsSchema.parse(value ?? {});
}

export const defaultAgentSettings = (): AgentSettings => agentSettingsSchema.parse({});
