import { messageLanguages } from "@/server/languages";
import type { AgentLanguage, AgentRole, Personality } from "./types";

export { languageName } from "@/server/languages";

/** The languages an agent may enable, in the order server/agents/settings.ts uses: both read the registry. */
export const languages: readonly AgentLanguage[] = messageLanguages;

export const roleOptions: { value: AgentRole; label: string; description: string }[] = [
  { value: "customer_support", label: "Customer support", description: "Answers questions and solves problems." },
  { value: "marketing_specialist", label: "Marketing specialist", description: "Explains products and their benefits." },
  { value: "sales_representative", label: "Sales representative", description: "Helps visitors choose and buy." },
];

export const personalityOptions: { value: Personality; label: string }[] = [
  { value: "friendly", label: "Friendly" },
  { value: "professional", label: "Professional" },
  { value: "casual", label: "Casual" },
  { value: "empathetic", label: "Empathetic" },
  { value: "witty", label: "Witty" },
  { value: "brand_voice", label: "Brand voice" },
];

export function roleLabel(value: string): string {
  return roleOptions.find((option) => option.value === value)?.label ?? value;
}

export function personalityLabel(value: string): string {
  return personalityOptions.find((option) => option.value === value)?.label ?? value;
}
