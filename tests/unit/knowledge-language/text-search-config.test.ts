import { describe, expect, it } from "vitest";
import { isReplyLanguage, supportedReplyLanguages, textSearchConfig } from "@/server/knowledge/language";

describe("textSearchConfig", () => {
  it("maps languages to their Postgres text-search configuration", () => {
    expect(textSearchConfig("en")).toBe("english");
    expect(textSearchConfig("sv")).toBe("swedish");
    expect(textSearchConfig("fr")).toBe("french");
    expect(textSearchConfig("de")).toBe("german");
    expect(textSearchConfig("es")).toBe("spanish");
    expect(textSearchConfig("nb")).toBe("norwegian");
    expect(textSearchConfig("pt-BR")).toBe("portuguese");
  });

  it("falls back to simple for unknown or missing languages", () => {
    expect(textSearchConfig("ja")).toBe("simple");
    expect(textSearchConfig(null)).toBe("simple");
    expect(textSearchConfig("")).toBe("simple");
    expect(textSearchConfig("not a language")).toBe("simple");
  });
});

describe("supportedReplyLanguages", () => {
  it("covers the five core languages, each with a stemming configuration", () => {
    for (const code of ["en", "sv", "fr", "de", "es"]) expect(supportedReplyLanguages).toContain(code);
    for (const code of supportedReplyLanguages) expect(textSearchConfig(code)).not.toBe("simple");
  });

  it("recognises reply languages", () => {
    expect(isReplyLanguage("sv")).toBe(true);
    expect(isReplyLanguage("xx")).toBe(false);
    expect(isReplyLanguage(null)).toBe(false);
  });
});
