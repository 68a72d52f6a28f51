import { languageName, personalityLabel, roleLabel } from "./labels";
import type { SettingsChange } from "./types";

export interface ChangeContext {
  sourceName: (id: string) => string;
  modelLabel: (id: string) => string;
}

const MAX_TEXT = 140;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function emptyLabel(field: string): string {
  if (field === "sourceIds") return "All sources";
  if (field.startsWith("welcomeMessages.") || field.startsWith("handoffMessages.")) return "Built-in message";
  if (field === "avatarUrl") return "Initials";
  return "None";
}

/** One side of a change, in words a person reads in the changes list and the publish dialog. */
export function describeValue(field: string, value: SettingsChange["before"], context: ChangeContext): string {
  if (value === null) return emptyLabel(field);
  if (Array.isArray(value)) {
    if (value.length === 0) return field === "sourceIds" ? "No sources" : "None";
    const names = field === "sourceIds" ? value.map(context.sourceName) : field === "languages" ? value.map(languageName) : value;
    return clip(names.join(", "));
  }
  if (value.trim() === "") return "None";
  if (field === "role") return roleLabel(value);
  if (field === "personality") return personalityLabel(value);
  if (field === "model") return context.modelLabel(value);
  return clip(value);
}
