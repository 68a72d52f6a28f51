/**
 * Language of documents and questions (ISO 639-1), and the Postgres text-search configuration
 * that goes with it. Detection uses eld's "medium" n-gram database (~70 MB in memory, loaded
 * lazily on first use, server-side only): on short support questions it is as accurate as the
 * large one at half the memory.
 */

import { guessLanguage, stopWords, tokenize } from "@/server/ai";
import { type LanguageCode, type languages, replyLanguageNames, textSearchConfigs } from "@/server/languages";

type EldResult = { language: string; getScores(): Record<string, number> };
type EldDetector = { detect(text: string): EldResult };

let detectorPromise: Promise<EldDetector> | null = null;

function loadDetector(): Promise<EldDetector> {
  detectorPromise ??= import("eld/medium").then(({ eld }) => eld.newInstance() as EldDetector);
  return detectorPromise;
}

/** eld reads only the first 1,000 characters; longer texts are sampled at start, middle and end. */
const SAMPLE_CHARS = 1000;
/** Below this score gap to the runner-up (eld scores are 0–1) a short text is a coin toss. */
const MIN_MARGIN = 0.05;
const MIN_TOP_SCORE = 0.6;
/** The hint wins when its score is this close to the best one (browsers know their user). */
const HINT_TOLERANCE = 0.04;
const MIN_LETTERS = 3;

export type DetectLanguageOptions = {
  /** Only these languages may be returned (e.g. the languages an agent answers in). */
  candidates?: readonly string[];
  /** A prior such as the browser's `navigator.language` ("sv-SE" is fine). */
  hint?: string | null;
  /**
   * When detection is unreliable and there is no hint, fall back to a stop-word vote ("Var är
   * tracking code?" → sv, "hi" → en) instead of null. For replies, where some language must be chosen.
   */
  guessWhenUnsure?: boolean;
};

/** "sv-SE" → "sv", "NB" → "nb"; null when it does not look like a language tag. */
export function normalizeLanguageCode(code: string | null | undefined): string | null {
  if (!code) return null;
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return /^[a-z]{2}$/.test(primary) ? primary : null;
}

/** eld reports Norwegian as "no"; people and browsers often say "nb" or "nn". */
function toEldCode(code: string): string {
  return code === "nb" || code === "nn" ? "no" : code;
}

function sampleText(text: string): string[] {
  if (text.length <= SAMPLE_CHARS * 1.5) return [text];
  const middle = Math.floor(text.length / 2 - SAMPLE_CHARS / 2);
  return [
    text.slice(0, SAMPLE_CHARS),
    text.slice(middle, middle + SAMPLE_CHARS),
    text.slice(text.length - SAMPLE_CHARS),
  ];
}

function countLetters(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) {
    count++;
    if (count >= MIN_LETTERS) break;
  }
  return count;
}

async function scoreLanguages(text: string): Promise<Map<string, number>> {
  const detector = await loadDetector();
  const samples = sampleText(text);
  const totals = new Map<string, number>();
  for (const sample of samples) {
    for (const [language, score] of Object.entries(detector.detect(sample).getScores())) {
      totals.set(language, (totals.get(language) ?? 0) + score / samples.length);
    }
  }
  return totals;
}

/** A stop-word vote, trusted only with two function words of the language or a letter only it uses. */
function guessFromStopWords(text: string, candidates: string[] | undefined): string | null {
  const tokens = tokenize(text);
  const guess = guessLanguage(tokens, text);
  if (!guess || (candidates?.length && !candidates.includes(guess))) return null;
  const hits = tokens.filter((token) => stopWords[guess].has(token)).length;
  return hits >= 2 || /[^\p{ASCII}]/u.test(text) ? guess : null;
}

/**
 * Detects the language of `text`. Returns the hint when detection is unreliable (very short
 * or ambiguous text) or when the hint scores nearly as well as the winner; returns null when
 * detection is unreliable and there is no usable hint.
 */
export async function detectLanguage(text: string, options: DetectLanguageOptions = {}): Promise<string | null> {
  const candidates = options.candidates?.map((code) => normalizeLanguageCode(code)).filter((code) => code !== null);
  const allowed = candidates && candidates.length > 0 ? new Set(candidates.map(toEldCode)) : null;
  let hint = normalizeLanguageCode(options.hint);
  if (hint !== null && allowed !== null && !allowed.has(toEldCode(hint))) hint = null;

  const trimmed = text.trim();
  if (countLetters(trimmed) < MIN_LETTERS) return hint ?? (options.guessWhenUnsure && trimmed ? guessFromStopWords(trimmed, candidates) : null);

  const ranked = [...(await scoreLanguages(trimmed))]
    .filter(([language]) => allowed === null || allowed.has(language))
    .sort((a, b) => b[1] - a[1]);
  const [best, runnerUp] = ranked;
  if (!best) return hint;

  const fromEld = (language: string): string => {
    if (language !== "no") return language;
    return candidates?.find((code) => toEldCode(code) === "no") ?? (hint && toEldCode(hint) === "no" ? hint : "no");
  };
  if (hint !== null) {
    const hintScore = ranked.find(([language]) => language === toEldCode(hint))?.[1] ?? 0;
    if (hintScore >= best[1] - HINT_TOLERANCE) return hint;
  }
  const reliable = best[1] >= MIN_TOP_SCORE && best[1] - (runnerUp?.[1] ?? 0) >= MIN_MARGIN;
  if (!reliable) return hint ?? (options.guessWhenUnsure ? guessFromStopWords(trimmed, candidates) : null);
  return fromEld(best[0]);
}

export type TextSearchConfig = { [C in LanguageCode]: (typeof languages)[C] extends { search: infer S extends string } ? S : never }[LanguageCode] | "simple";

/** The text-search configuration for a language; `simple` (no stemming, no stop words) otherwise. */
export function textSearchConfig(language: string | null | undefined): TextSearchConfig {
  const code = normalizeLanguageCode(language);
  if (code === null) return "simple";
  return (textSearchConfigs as Readonly<Record<string, TextSearchConfig>>)[code] ?? "simple";
}

/** Languages an agent can be set to reply in (see the registry in server/languages.ts). */
export const supportedReplyLanguages = Object.keys(replyLanguageNames);

export function isReplyLanguage(code: string | null | undefined): boolean {
  return typeof code === "string" && code in replyLanguageNames;
}
