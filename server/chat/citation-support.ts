import { contentTerms, getStopWords, tokenize } from "@/server/ai";

/** A cited passage must contain at least this share of the sentence's content words: it says what the sentence says. */
const SUPPORT_SHARE = 0.34;
/** Shorter sentences ("Returns are free", "Here is what the help centre says") are too short to judge word by word. */
const MIN_TERMS_TO_JUDGE = 4;

/**
 * Whether passage `n` supports a sentence of the reply. Sentences and passages in different
 * languages cannot be compared word by word, so a translated claim keeps its citation, and so does a
 * sentence with none of the reply language's function words (not written in it).
 */
export function citationSupport(passages: { n: number; title: string; headingPath: string[]; content: string; language: string | null }[], replyLanguage: string) {
  const terms = new Map(passages.map((passage) => [passage.n, { language: passage.language, terms: new Set(contentTerms([passage.title, ...passage.headingPath, passage.content].join("\n"), passage.language ?? replyLanguage)) }]));
  const stops = getStopWords(replyLanguage);
  return (n: number, sentence: string): boolean => {
    const passage = terms.get(n);
    if (!passage) return false;
    if (passage.language && passage.language !== replyLanguage) return true;
    if (!tokenize(sentence).some((token) => stops.has(token))) return true;
    const said = new Set(contentTerms(sentence, replyLanguage));
    if (said.size < MIN_TERMS_TO_JUDGE) return true;
    return [...said].filter((term) => passage.terms.has(term)).length >= SUPPORT_SHARE * said.size;
  };
}

/** The sentence a citation marker belongs to: the text since the previous sentence's end, or the sentence just closed when the marker follows its full stop. */
export function sentenceBefore(text: string): string {
  const trimmed = text.replace(/(\s*\[\d+\])+\s*$/, "").trimEnd();
  const closed = /[.!?…]$/.test(trimmed);
  const body = closed ? trimmed.slice(0, -1) : trimmed;
  const start = Math.max(0, ...["\n", ". ", "! ", "? ", "… "].map((end) => { const at = body.lastIndexOf(end); return at === -1 ? 0 : at + end.length; }));
  return body.slice(start).replace(/\[\d+\]/g, "").trim();
}
