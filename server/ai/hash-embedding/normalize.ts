import { LRUCache } from "lru-cache";

/**
 * Text normalisation shared by all feature families. Diacritics are folded (é → e, ñ → n)
 * because people type questions without them, but the letters that are distinct letters in
 * Swedish, Danish, Norwegian, Finnish and German are kept: folding them merges unrelated words
 * ("får" / "far", "för" / "for").
 */
const keptLetters = new Set(["å", "ä", "ö", "ø", "æ", "ü"]);
/** Visitors can send any of a million code points; only the recently seen ones stay cached. */
const foldedChars = new LRUCache<string, string>({ max: 4_096 });

function foldChar(char: string): string {
  const cached = foldedChars.get(char);
  if (cached !== undefined) return cached;
  const folded = keptLetters.has(char) ? char : char.normalize("NFD").replace(/\p{M}+/gu, "");
  foldedChars.set(char, folded);
  return folded;
}

export function foldDiacritics(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word;
  let out = "";
  for (const char of word) out += char.charCodeAt(0) > 0x7f ? foldChar(char) : char;
  return out;
}

const MAX_TOKEN_LENGTH = 40;
const tokenPattern = /[\p{L}\p{N}]+/gu;

/** Lower-cased word tokens (letters and digits); punctuation, apostrophes and hyphens split. */
export function tokenize(text: string): string[] {
  const normalized = text.normalize("NFKC").toLowerCase();
  const tokens: string[] = [];
  for (const match of normalized.matchAll(tokenPattern)) {
    const token = match[0];
    tokens.push(token.length > MAX_TOKEN_LENGTH ? token.slice(0, MAX_TOKEN_LENGTH) : token);
  }
  return tokens;
}
