const leadIns: Record<string, (language: string) => string> = {
  en: (language) => `Our documentation answers this in ${language}:`,
  fr: (language) => `Notre documentation répond à cette question en ${language} :`,
  sv: (language) => `Vår dokumentation svarar på det här på ${language}:`,
  de: (language) => `Unsere Dokumentation beantwortet das auf ${language}:`,
  es: (language) => `Nuestra documentación responde a esto en ${language}:`,
};

/** The built-in model writes no prose of its own but this: a line in the reply language before a quote in another. */
export function leadInFor(replyLanguage: string | null, passageLanguage: string | null): string {
  const write = leadIns[replyLanguage ?? ""];
  if (!write || !replyLanguage) return "";
  let name = passageLanguage ?? "";
  try {
    name = (passageLanguage && new Intl.DisplayNames([replyLanguage], { type: "language" }).of(passageLanguage)) || name;
  } catch {
    // An unknown code keeps its own spelling.
  }
  return `${write(name || "another language")}\n`;
}
