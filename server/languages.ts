/**
 * The one registry of languages (ISO 639-1) and what the app knows about each: its English name,
 * its Postgres text-search configuration, its snowball stemmer, whether agents can be set to reply
 * in it and whether the dashboard offers it. Every list, name table and stemmer map derives from it.
 * Pure data with no imports, so the UI may import it too (eslint.config.mjs allows this one file).
 */
type LanguageFacts = {
  name: string;
  /** Postgres (18, and PGlite 0.5) text-search configuration. */
  search?: string;
  /** snowball-stemmers algorithm. */
  stemmer?: string;
  /** eld detects it and Postgres stems it, so an agent can reply in it. */
  reply?: true;
  /** Offered for agents and knowledge in the dashboard (in this order). */
  dashboard?: true;
};

export const languages = {
  en: { name: "English", search: "english", stemmer: "english", reply: true, dashboard: true },
  sv: { name: "Swedish", search: "swedish", stemmer: "swedish", reply: true, dashboard: true },
  fr: { name: "French", search: "french", stemmer: "french", reply: true, dashboard: true },
  de: { name: "German", search: "german", stemmer: "german", reply: true, dashboard: true },
  es: { name: "Spanish", search: "spanish", stemmer: "spanish", reply: true, dashboard: true },
  it: { name: "Italian", search: "italian", stemmer: "italian", reply: true, dashboard: true },
  nl: { name: "Dutch", search: "dutch", stemmer: "dutch", reply: true, dashboard: true },
  pt: { name: "Portuguese", search: "portuguese", stemmer: "portuguese", reply: true, dashboard: true },
  da: { name: "Danish", search: "danish", stemmer: "danish", reply: true, dashboard: true },
  nb: { name: "Norwegian", search: "norwegian", stemmer: "norwegian", dashboard: true },
  fi: { name: "Finnish", search: "finnish", stemmer: "finnish", reply: true, dashboard: true },
  pl: { name: "Polish", dashboard: true },
  no: { name: "Norwegian", search: "norwegian", stemmer: "norwegian", reply: true },
  nn: { name: "Norwegian Nynorsk", search: "norwegian", stemmer: "norwegian" },
  et: { name: "Estonian", search: "estonian", reply: true },
  lt: { name: "Lithuanian", search: "lithuanian", reply: true },
  ru: { name: "Russian", search: "russian", stemmer: "russian", reply: true },
  el: { name: "Greek", search: "greek", reply: true },
  ro: { name: "Romanian", search: "romanian", stemmer: "romanian", reply: true },
  hu: { name: "Hungarian", search: "hungarian", stemmer: "hungarian", reply: true },
  ca: { name: "Catalan", search: "catalan", stemmer: "catalan", reply: true },
  eu: { name: "Basque", search: "basque", stemmer: "basque", reply: true },
  tr: { name: "Turkish", search: "turkish", stemmer: "turkish", reply: true },
  ar: { name: "Arabic", search: "arabic", stemmer: "arabic", reply: true },
  hi: { name: "Hindi", search: "hindi", reply: true },
  hy: { name: "Armenian", search: "armenian", stemmer: "armenian", reply: true },
  sr: { name: "Serbian", search: "serbian", reply: true },
  ta: { name: "Tamil", search: "tamil", stemmer: "tamil", reply: true },
  ga: { name: "Irish", search: "irish", stemmer: "irish" },
  id: { name: "Indonesian", search: "indonesian" },
  ne: { name: "Nepali", search: "nepali" },
  yi: { name: "Yiddish", search: "yiddish" },
  cs: { name: "Czech", stemmer: "czech" },
  sl: { name: "Slovene", stemmer: "slovene" },
} as const satisfies Record<string, LanguageFacts>;

export type LanguageCode = keyof typeof languages;

/** The languages the fixed messages (greetings, handoff, clarifying questions) are written in. */
export const messageLanguages = ["en", "fr", "sv", "de", "es"] as const satisfies readonly LanguageCode[];

type Facts = Readonly<Record<string, LanguageFacts>>;
const entries = Object.entries(languages as Facts);
const pick = (field: "search" | "stemmer"): Readonly<Record<string, string>> =>
  Object.fromEntries(entries.flatMap(([code, facts]) => (facts[field] ? [[code, facts[field]]] : [])));
const namesWhere = (flag: "reply" | "dashboard"): Readonly<Record<string, string>> =>
  Object.fromEntries(entries.flatMap(([code, facts]) => (facts[flag] ? [[code, facts.name]] : [])));

/** Code → Postgres text-search configuration. */
export const textSearchConfigs = pick("search");
/** Code → snowball algorithm. */
export const snowballNames = pick("stemmer");
/** Languages an agent can be set to reply in, with their English names. */
export const replyLanguageNames = namesWhere("reply");
/** Languages the dashboard offers for agents and knowledge, in display order. */
export const dashboardLanguageNames = namesWhere("dashboard");

/** English name of a language ("sv" → "Swedish"); the code itself when it is not in the registry. */
export function languageName(code: string): string {
  return (languages as Facts)[code]?.name ?? code;
}
