import { stopWordLanguages, stopWords, type StopWordLanguage } from "./stop-words";

/**
 * A cheap language guess used only to pick a stemmer and stop-word list inside the embedder,
 * where the AI SDK interface passes bare strings. It votes with stop words and a few letters
 * that only some of the five tuned languages use. Callers that know the language (ingestion
 * knows each document's; the answer engine detects the question's) pass it instead.
 */
const SAMPLE_TOKENS = 200;

const letterVotes: ReadonlyArray<readonly [RegExp, Partial<Record<StopWordLanguage, number>>]> = [
  [/å/, { sv: 2 }],
  [/[äö]/, { sv: 1, de: 1 }],
  [/[üß]/, { de: 2 }],
  [/[ñ¿¡]/, { es: 2 }],
  [/[áíóú]/, { es: 1 }],
  [/[çœèêàùâîôûëï]/, { fr: 2 }],
  [/é/, { fr: 0.5, es: 0.5 }],
];

export function guessLanguage(tokens: readonly string[], text: string): StopWordLanguage | null {
  const scores: Record<StopWordLanguage, number> = { en: 0, sv: 0, fr: 0, de: 0, es: 0 };
  const limit = Math.min(tokens.length, SAMPLE_TOKENS);
  for (let i = 0; i < limit; i++) {
    const token = tokens[i] as string;
    for (const language of stopWordLanguages) {
      if (stopWords[language].has(token)) scores[language] += 1;
    }
  }
  const sample = (text.length > 2000 ? text.slice(0, 2000) : text).toLowerCase();
  let hasLetterCue = false;
  for (const [pattern, votes] of letterVotes) {
    if (!pattern.test(sample)) continue;
    hasLetterCue = true;
    for (const [language, vote] of Object.entries(votes) as [StopWordLanguage, number][]) {
      scores[language] += vote;
    }
  }
  let best: StopWordLanguage | null = null;
  let bestScore = 0;
  for (const language of stopWordLanguages) {
    if (scores[language] > bestScore) {
      best = language;
      bestScore = scores[language];
    }
  }
  if (best !== null) return best;
  // No evidence at all: plain ASCII keywords ("reset password") are most often English.
  return hasLetterCue || /[^\p{ASCII}]/u.test(sample) ? null : "en";
}
