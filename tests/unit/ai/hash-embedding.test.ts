import { describe, expect, it } from "vitest";
import { FeatureCounts } from "@/server/ai/hash-embedding/feature-counts";
import { guessLanguage } from "@/server/ai/hash-embedding/guess-language";
import { hashRange, hashString } from "@/server/ai/hash-embedding/hash";
import { foldDiacritics, tokenize } from "@/server/ai/hash-embedding/normalize";
import { stemWord } from "@/server/ai/hash-embedding/stemmers";

describe("FeatureCounts", () => {
  it("counts repeated keys and keeps every count while growing", () => {
    const counts = new FeatureCounts(16);
    for (let round = 0; round < 3; round++) for (let key = 0; key < 5000; key++) counts.add(Math.imul(key, 2654435761) >>> 0);
    const seen = new Map<number, number>();
    counts.forEach((key, count) => seen.set(key, count));
    expect(counts.size).toBe(5000);
    expect(seen.size).toBe(5000);
    expect([...seen.values()].every((count) => count === 3)).toBe(true);
  });

  it("starts empty again after clear", () => {
    const counts = new FeatureCounts();
    counts.add(7);
    counts.clear();
    counts.add(7);
    const entries: Array<[number, number]> = [];
    counts.forEach((key, count) => entries.push([key, count]));
    expect(entries).toEqual([[7, 1]]);
  });
});

describe("hashing", () => {
  it("hashes a substring range the same as the substring, and seeds separate families", () => {
    expect(hashRange("xxhelloxx", 2, 7, 1)).toBe(hashString("hello", 1));
    expect(hashString("hello", 1)).not.toBe(hashString("hello", 2));
  });
});

describe("normalisation", () => {
  it("tokenises lower-cased words and digits, splitting on punctuation", () => {
    expect(tokenize("Don't re-send the W-2 FORM, ok?")).toEqual(["don", "t", "re", "send", "the", "w", "2", "form", "ok"]);
  });

  it("folds diacritics except distinct Nordic and German letters", () => {
    expect(foldDiacritics("déjà-vu niño")).toBe("deja-vu nino");
    expect(foldDiacritics("får öl över")).toBe("får öl över");
    expect(foldDiacritics("plain")).toBe("plain");
  });

  it("stems with the language's snowball algorithm and leaves unknown languages alone", () => {
    expect(stemWord("changing", "en")).toBe(stemWord("changes", "en"));
    expect(stemWord("hundarna", "sv")).toBe("hund");
    expect(stemWord("changing", "xx")).toBe("changing");
    expect(stemWord("changing", null)).toBe("changing");
  });
});

describe("guessLanguage", () => {
  const guess = (text: string) => guessLanguage(tokenize(text), text.toLowerCase());

  it("votes with stop words", () => {
    expect(guess("How do I get my money back?")).toBe("en");
    expect(guess("Hur gör jag för att få pengarna tillbaka?")).toBe("sv");
    expect(guess("Comment puis-je être remboursé ?")).toBe("fr");
    expect(guess("Wie bekomme ich mein Geld zurück?")).toBe("de");
    expect(guess("¿Cómo me devuelven el dinero?")).toBe("es");
  });

  it("uses letters when there are no stop words, and assumes English for bare ASCII keywords", () => {
    expect(guess("bostadsbidrag ansökan blankett")).toBe("sv");
    expect(guess("password reset")).toBe("en");
    expect(guess("東京 配送")).toBeNull();
  });
});
