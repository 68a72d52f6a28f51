import { languageName } from "./labels";
import type { AgentLanguage } from "./types";

type BuiltInKind = "welcome" | "handoffAvailable" | "handoffUnavailable";

const english: Record<BuiltInKind, string> = {
  welcome: "Hi! How can I help?",
  handoffAvailable: "I'm passing you to a colleague. Someone will be with you shortly.",
  handoffUnavailable: "No one is available right now. Leave your email and we'll get back to you.",
};

/**
 * What visitors see where an agent has no text of its own, shown as placeholders so admins know
 * what they replace. Other languages name the built-in text rather than show English in their field.
 */
export function builtInMessage(kind: BuiltInKind, language: AgentLanguage): string {
  return language === "en" ? english[kind] : `Built-in ${languageName(language)} message`;
}
