import { LRUCache } from "lru-cache";
import * as snowball from "snowball-stemmers";
import type { SnowballStemmer } from "snowball-stemmers";
import { snowballNames } from "@/server/languages";

/** The JS snowball port costs several microseconds a word; text repeats words a lot, so cache the frequent ones. */
const CACHE_LIMIT = 50_000;

type CachedStemmer = { stemmer: SnowballStemmer; cache: LRUCache<string, string> };
const stemmers = new Map<string, CachedStemmer>();

function getStemmer(language: string): CachedStemmer | null {
  const existing = stemmers.get(language);
  if (existing) return existing;
  const name = snowballNames[language];
  if (!name) return null;
  const created = { stemmer: snowball.newStemmer(name), cache: new LRUCache<string, string>({ max: CACHE_LIMIT }) };
  stemmers.set(language, created);
  return created;
}

/** Stems a lower-cased word; languages without an algorithm get the word back unchanged. */
export function stemWord(word: string, language: string | null): string {
  if (language === null || word.length < 3) return word;
  const entry = getStemmer(language);
  if (!entry) return word;
  const cached = entry.cache.get(word);
  if (cached !== undefined) return cached;
  const stem = entry.stemmer.stem(word);
  entry.cache.set(word, stem);
  return stem;
}
