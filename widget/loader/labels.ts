/** The loader's only visible strings, kept here so the 5 KB loader needs no dictionary download. */
const labels = {
  en: { chatWith: "Chat with", unread: "new message" },
  fr: { chatWith: "Discuter avec", unread: "nouveau message" },
  sv: { chatWith: "Chatta med", unread: "nytt meddelande" },
  de: { chatWith: "Chat mit", unread: "neue Nachricht" },
  es: { chatWith: "Chatear con", unread: "mensaje nuevo" },
} as const;

export type LoaderLabels = (typeof labels)[keyof typeof labels];

export function pickLoaderLabels(locale: string): LoaderLabels {
  const language = locale.slice(0, 2).toLowerCase();
  return language in labels ? labels[language as keyof typeof labels] : labels.en;
}
