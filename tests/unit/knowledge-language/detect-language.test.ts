import { describe, expect, it } from "vitest";
import { detectLanguage, normalizeLanguageCode } from "@/server/knowledge/language";
import { shortQuestions } from "./short-questions";

const five = ["en", "sv", "fr", "de", "es"];

describe("detectLanguage on short customer questions", () => {
  for (const [language, questions] of Object.entries(shortQuestions)) {
    it(`recognises all ${questions.length} ${language} questions without help`, async () => {
      const detected = await Promise.all(questions.map((question) => detectLanguage(question)));
      expect(detected).toEqual(questions.map(() => language));
    });

    it(`recognises ${language} questions when restricted to five candidates, even against a wrong hint`, async () => {
      const wrongHint = language === "en" ? "de" : "en";
      const detected = await Promise.all(
        questions.map((question) => detectLanguage(question, { candidates: five, hint: wrongHint })),
      );
      expect(detected).toEqual(questions.map(() => language));
    });
  }
});

describe("detectLanguage when detection is unreliable", () => {
  it("returns the hint for texts too short or ambiguous to judge", async () => {
    expect(await detectLanguage("ok", { hint: "sv-SE" })).toBe("sv");
    expect(await detectLanguage("12345", { hint: "fr" })).toBe("fr");
    expect(await detectLanguage("   ", { hint: "de" })).toBe("de");
  });

  it("returns null without a hint when it cannot tell", async () => {
    expect(await detectLanguage("ok")).toBeNull();
    expect(await detectLanguage("")).toBeNull();
    expect(await detectLanguage("!!! ???")).toBeNull();
  });

  it("ignores a hint outside the candidate languages", async () => {
    expect(await detectLanguage("ok", { hint: "ja", candidates: ["en", "sv"] })).toBeNull();
  });

  it("only ever returns a candidate, or null", async () => {
    const others = [...shortQuestions.de, ...shortQuestions.fr, "Hvor er min ordre?"];
    const detected = await Promise.all(others.map((text) => detectLanguage(text, { candidates: ["sv", "en"] })));
    for (const language of detected) expect([null, "sv", "en"]).toContain(language);
  });

  it("prefers the hint between close relatives", async () => {
    const text = "Hvordan kan jeg endre adressen min?";
    expect(await detectLanguage(text, { hint: "nb-NO", candidates: ["nb", "da", "sv"] })).toBe("nb");
  });

  it("detects the language of a long document from several samples", async () => {
    const swedish = "Du kan ansöka om ersättning via vår webbplats. Ansökan behandlas inom några veckor. ";
    const english = "You can apply for compensation on our website. Applications are handled within weeks. ";
    const document = `${english.repeat(3)}${swedish.repeat(40)}`;
    expect(await detectLanguage(document)).toBe("sv");
  });
});

describe("normalizeLanguageCode", () => {
  it("keeps the primary subtag of a language tag", () => {
    expect(normalizeLanguageCode("sv-SE")).toBe("sv");
    expect(normalizeLanguageCode("EN_us")).toBe("en");
    expect(normalizeLanguageCode("english")).toBeNull();
    expect(normalizeLanguageCode(undefined)).toBeNull();
  });
});

describe("guessing when unsure", () => {
  it("falls back to function words only when asked, and only with enough of them", async () => {
    expect(await detectLanguage("Var är tracking code?")).toBeNull();
    expect(await detectLanguage("Var är tracking code?", { guessWhenUnsure: true })).toBe("sv");
    expect(await detectLanguage("Team Admin console", { guessWhenUnsure: true })).toBeNull();
    expect(await detectLanguage("ok", { guessWhenUnsure: true, candidates: ["en", "sv"] })).toBeNull();
  });
});
