import { stemWord } from "./hash-embedding/stemmers";
import { foldDiacritics, tokenize } from "./hash-embedding/normalize";
import { getStopWords } from "./hash-embedding/stop-words";

/**
 * Words that carry a text's topic, as comparable keys: lower-cased, stop words dropped, stemmed in
 * the text's language and folded ("Fees" and "fee" meet). Used to ask whether a passage or a
 * sentence contains what a question is about, whatever the corpus.
 */
export function contentTerms(text: string, language: string | null): string[] {
  const stops = getStopWords(language);
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    if (stops.has(token) || (token.length < 2 && !/\d/.test(token))) continue;
    terms.push(foldDiacritics(stemWord(token, language)));
  }
  return terms;
}

/**
 * Keys that survive translation: numbers, and the first four letters of words, so that cognates
 * and product names match across languages ("documentation" / "documentation", "PDF" / "PDF",
 * "exporter" / "export", "notes" / "note").
 */
export function crossLanguageKeys(text: string, language: string | null): string[] {
  const stops = getStopWords(language);
  return tokenize(text)
    .filter((token) => !stops.has(token))
    .map((token) => foldDiacritics(token))
    .filter((token) => /\d/.test(token) || token.length >= 3)
    .map((token) => (/\d/.test(token) ? token : token.slice(0, 4)));
}
