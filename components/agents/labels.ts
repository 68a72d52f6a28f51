import type { AgentLanguage, AgentRole, Personality } from "./types";

export { languageName } from "@/components/language-names";

/** The same languages and order as server/agents/settings.ts (UI code may not import its values). */
export const languages: readonly AgentLanguage[] = ["en", "fr", "sv", "de", "es"];

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
