import type { AgentForm } from "./form-model";
import type { FieldErrors, SettingKey } from "./types";

export const sections = [
  { value: "identity", label: "Identity", fields: ["name", "avatarUrl", "role", "personality"] },
  { value: "behaviour", label: "Behaviour", fields: ["guidelines", "handoffTriggers", "handoffMessages"] },
  { value: "conversation", label: "Conversation", fields: ["welcomeMessages", "quickReplies"] },
  { value: "knowledge", label: "Knowledge", fields: ["sourceIds"] },
  { value: "channels", label: "Channels", fields: ["allowedDomains"] },
  { value: "languages", label: "Languages", fields: ["languages"] },
  { value: "model", label: "Model", fields: ["model"] },
] as const satisfies readonly { value: string; label: string; fields: readonly SettingKey[] }[];

export type SectionName = (typeof sections)[number]["value"];

export function sectionHasErrors(section: SectionName, errors: FieldErrors): boolean {
  const fields: readonly SettingKey[] = sections.find((item) => item.value === section)?.fields ?? [];
  return fields.some((field) => Boolean(errors[field]));
}

/** The first section with a problem, to show it after a refused save. */
export function firstSectionWithErrors(errors: FieldErrors): SectionName | null {
  return sections.find((section) => sectionHasErrors(section.value, errors))?.value ?? null;
}

/** What every section receives: the form, a way to change one field, its errors, and whether it is read-only. */
export interface SectionProps {
  form: AgentForm;
  update: <K extends keyof AgentForm>(key: K, value: AgentForm[K]) => void;
  errors: FieldErrors;
  disabled: boolean;
}
