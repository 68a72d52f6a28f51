import { dashboardLanguageNames, languageName } from "@/server/languages";

/** Languages offered for articles and short answers; "auto" lets the server detect it from the text. */
export const AUTO_LANGUAGE = "auto";

export const languageOptions: { value: string; label: string }[] = [
  { value: AUTO_LANGUAGE, label: "Auto-detect" },
  ...Object.entries(dashboardLanguageNames).map(([value, label]) => ({ value, label })),
];

export function languageLabel(code: string | null): string {
  if (!code) return "Auto";
  return languageName(code);
}

export function toLanguageValue(code: string | null | undefined): string {
  return code ?? AUTO_LANGUAGE;
}

export function fromLanguageValue(value: string): string | null {
  return value === AUTO_LANGUAGE ? null : value;
}
