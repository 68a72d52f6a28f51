import type { AgentLanguage, AgentRole, AgentSettings, FieldErrors, Personality, SettingKey } from "./types";

/**
 * The configuration form's state. Lists people type one per line stay as text while editing, so
 * blank lines and half-typed entries survive until the form is saved.
 */
export interface AgentForm {
  name: string;
  avatarUrl: string;
  role: AgentRole;
  personality: Personality;
  guidelines: string;
  handoffTriggers: string;
  handoffAvailable: Record<string, string>;
  handoffUnavailable: Record<string, string>;
  welcomeMessages: Record<string, string>;
  quickReplies: string;
  allSources: boolean;
  sourceIds: string[];
  allowedDomains: string;
  languages: AgentLanguage[];
  model: string;
}

export const limits = { name: 60, guidelines: 4_000, message: 1_000, quickReplies: 6, quickReply: 80, triggers: 50, trigger: 100, domains: 50 } as const;

// The same rule as the server's schema, checked here to point at the offending line.
const DOMAIN = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+(:\d{1,5})?$/;

export function toForm(settings: AgentSettings): AgentForm {
  return {
    name: settings.name,
    avatarUrl: settings.avatarUrl ?? "",
    role: settings.role,
    personality: settings.personality,
    guidelines: settings.guidelines,
    handoffTriggers: settings.handoffTriggers.join("\n"),
    handoffAvailable: { ...settings.handoffMessages.available },
    handoffUnavailable: { ...settings.handoffMessages.unavailable },
    welcomeMessages: { ...settings.welcomeMessages },
    quickReplies: settings.quickReplies.join("\n"),
    allSources: settings.sourceIds === null,
    sourceIds: settings.sourceIds ?? [],
    allowedDomains: settings.allowedDomains.join("\n"),
    languages: [...settings.languages],
    model: settings.model,
  };
}

export function splitLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Accepts what people paste (`https://Shop.example.com/contact`) and keeps the host and port. */
export function normalizeDomain(line: string): string | null {
  let value = line.trim().toLowerCase();
  if (value.includes("://")) {
    try {
      value = new URL(value).host;
    } catch {
      return null;
    }
  }
  value = value.replace(/\/.*$/, "").replace(/\.$/, "");
  return DOMAIN.test(value) ? value : null;
}

function keepWritten(messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages)
      .map(([language, text]) => [language, text.trim()] as const)
      .filter(([, text]) => text !== ""),
  );
}

/** The settings the form describes, as the server expects them. */
export function fromForm(form: AgentForm): AgentSettings {
  const avatarUrl = form.avatarUrl.trim();
  return {
    name: form.name.trim(),
    avatarUrl: avatarUrl || null,
    role: form.role,
    personality: form.personality,
    guidelines: form.guidelines.trim(),
    handoffTriggers: [...new Set(splitLines(form.handoffTriggers))],
    handoffMessages: { available: keepWritten(form.handoffAvailable), unavailable: keepWritten(form.handoffUnavailable) },
    welcomeMessages: keepWritten(form.welcomeMessages),
    quickReplies: splitLines(form.quickReplies),
    sourceIds: form.allSources ? null : [...new Set(form.sourceIds)],
    allowedDomains: [...new Set(splitLines(form.allowedDomains).map((line) => normalizeDomain(line) ?? line))],
    languages: [...form.languages],
    model: form.model,
  };
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

export function sameSettings(a: AgentSettings, b: AgentSettings): boolean {
  return stable(a) === stable(b);
}

function isWebUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function tooLongMessage(messages: Record<string, string>): boolean {
  return Object.values(messages).some((text) => text.trim().length > limits.message);
}

/** Problems the form can point at before asking the server, keyed like the server's field errors. */
export function validateForm(form: AgentForm): FieldErrors {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = "Give the agent a name.";
  else if (name.length > limits.name) errors.name = `Keep the name under ${limits.name} characters.`;
  if (form.avatarUrl.trim() && !isWebUrl(form.avatarUrl.trim())) errors.avatarUrl = "Use a full image address starting with https://.";
  if (form.guidelines.trim().length > limits.guidelines) errors.guidelines = `Guidelines are limited to ${limits.guidelines.toLocaleString("en")} characters.`;

  const triggers = splitLines(form.handoffTriggers);
  const badTrigger = triggers.find((line) => line.length < 2 || line.length > limits.trigger);
  if (badTrigger) errors.handoffTriggers = `“${badTrigger.slice(0, 40)}” should be 2 to ${limits.trigger} characters.`;
  else if (triggers.length > limits.triggers) errors.handoffTriggers = `At most ${limits.triggers} phrases.`;

  const replies = splitLines(form.quickReplies);
  const longReply = replies.find((line) => line.length > limits.quickReply);
  if (replies.length > limits.quickReplies) errors.quickReplies = `At most ${limits.quickReplies} quick replies.`;
  else if (longReply) errors.quickReplies = `“${longReply.slice(0, 40)}…” is longer than ${limits.quickReply} characters.`;

  const domains = splitLines(form.allowedDomains);
  const badDomain = domains.find((line) => normalizeDomain(line) === null);
  if (badDomain) errors.allowedDomains = `“${badDomain}” is not a domain. Use one such as example.com, *.example.com or localhost:8080.`;
  else if (domains.length > limits.domains) errors.allowedDomains = `At most ${limits.domains} websites.`;

  if (tooLongMessage(form.welcomeMessages)) errors.welcomeMessages = `Keep each welcome message under ${limits.message.toLocaleString("en")} characters.`;
  if (tooLongMessage(form.handoffAvailable) || tooLongMessage(form.handoffUnavailable)) {
    errors.handoffMessages = `Keep each handoff message under ${limits.message.toLocaleString("en")} characters.`;
  }
  if (form.languages.length === 0) errors.languages = "Enable at least one language.";
  return errors;
}

/** The first message of each field from the server's per-field errors. */
export function serverFieldErrors(fieldErrors: Record<string, string[] | undefined>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    if (messages?.[0]) errors[key as SettingKey] = messages[0];
  }
  return errors;
}
