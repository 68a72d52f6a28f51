/**
 * Turning what the knowledge holds into questions a visitor might ask. Real questions (short-answer
 * questions, headings and FAQ lines that end in a question mark) are kept as written; a heading or
 * title becomes a question only in a language we know how to ask in.
 */

const MIN_CHARS = 8;
const MAX_CHARS = 90;
const MIN_TOPIC_CHARS = 3;
const MAX_TOPIC_CHARS = 60;

/** How a visitor asks about a topic, per language; quoting keeps any heading (noun or verb phrase) grammatical. */
const askAbout: Record<string, (topic: string) => string> = {
  en: (topic) => `What should I know about "${topic}"?`,
  sv: (topic) => `Vad behöver jag veta om ”${topic}”?`,
  fr: (topic) => `Que dois-je savoir sur « ${topic} » ?`,
  de: (topic) => `Was muss ich über „${topic}“ wissen?`,
  es: (topic) => `¿Qué debo saber sobre «${topic}»?`,
};

export const looksLikeQuestion = (text: string) => /[?？]\s*$/.test(text);

/** Collapses whitespace and drops Markdown emphasis, escapes and list or heading markers around a line. */
export function cleanLine(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1")
    .replace(/^\s*(?:[-*+>#]+|\d+[.)])\s+/, "")
    .replace(/^(?:\*\*|__)(.*)(?:\*\*|__)$/, "$1")
    .replace(/^(?:Q|F|FR|P)\s*[:.]\s*/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function fitsAsQuestion(text: string): boolean {
  return text.length >= MIN_CHARS && text.length <= MAX_CHARS;
}

/** A heading or title asked about in its language; null when it is a question already, unusable, or the language is unknown. */
export function phraseAsQuestion(topic: string, language: string | null): string | null {
  const text = cleanLine(topic).replace(/[.:;,!]+$/, "");
  if (looksLikeQuestion(text)) return fitsAsQuestion(text) ? text : null;
  const ask = language ? askAbout[language] : undefined;
  if (!ask || text.length < MIN_TOPIC_CHARS || text.length > MAX_TOPIC_CHARS || !/\p{L}/u.test(text)) return null;
  const question = ask(text);
  return fitsAsQuestion(question) ? question : null;
}
