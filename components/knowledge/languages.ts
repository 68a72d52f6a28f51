/** Languages offered for articles and short answers; "auto" lets the server detect it from the text. */
export const AUTO_LANGUAGE = "auto";

export const languageOptions: { value: string; label: string }[] = [
  { value: AUTO_LANGUAGE, label: "Auto-detect" },
  { value: "en", label: "English" },
  { value: "sv", label: "Swedish" },
  { value: "fr", label: "French" },
  { value: "de", label: "German" },
  { value: "es", label: "Spanish" },
  { value: "it", label: "Italian" },
  { value: "nl", label: "Dutch" },
  { value: "pt", label: "Portuguese" },
  { value: "da", label: "Danish" },
  { value: "nb", label: "Norwegian" },
  { value: "fi", label: "Finnish" },
  { value: "pl", label: "Polish" },
];

export function languageLabel(code: string | null): string {
  if (!code) return "Auto";
  return languageOptions.find((option) => option.value === code)?.label ?? code;
}

export function toLanguageValue(code: string | null | undefined): string {
  return code ?? AUTO_LANGUAGE;
}

export function fromLanguageValue(value: string): string | null {
  return value === AUTO_LANGUAGE ? null : value;
}
