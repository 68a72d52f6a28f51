/** English names of the languages the dashboard offers, for agents and for knowledge alike. */
export const languageNames: Readonly<Record<string, string>> = {
  en: "English",
  sv: "Swedish",
  fr: "French",
  de: "German",
  es: "Spanish",
  it: "Italian",
  nl: "Dutch",
  pt: "Portuguese",
  da: "Danish",
  nb: "Norwegian",
  fi: "Finnish",
  pl: "Polish",
};

export function languageName(code: string): string {
  return languageNames[code] ?? code;
}
