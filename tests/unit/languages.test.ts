import { describe, expect, it } from "vitest";
import { languageOptions } from "@/components/knowledge/languages";
import { agentLanguages } from "@/server/agents";
import { stemWord } from "@/server/ai/hash-embedding/stemmers";
import { supportedLanguages } from "@/server/chat";
import { supportedReplyLanguages, textSearchConfig } from "@/server/knowledge/language";
import { dashboardLanguageNames, languageName, messageLanguages } from "@/server/languages";

/** One registry feeds every language list; these check the lists agree where the product needs them to. */
describe("language registry", () => {
  it("gives agents, fixed messages and the settings screen the same languages", () => {
    expect(agentLanguages).toBe(messageLanguages);
    expect(supportedLanguages).toBe(messageLanguages);
    for (const code of messageLanguages) {
      expect(supportedReplyLanguages).toContain(code);
      expect(Object.keys(dashboardLanguageNames)).toContain(code);
    }
  });

  it("names, stems and searches each language from its entry", () => {
    expect(languageName("sv")).toBe("Swedish");
    expect(languageName("xx")).toBe("xx");
    expect(textSearchConfig("nb-NO")).toBe("norwegian");
    expect(textSearchConfig("pl")).toBe("simple");
    expect(stemWord("running", "en")).toBe("run");
    expect(stemWord("running", "pl")).toBe("running");
  });

  it("offers the dashboard's languages in its order after auto-detect", () => {
    expect(languageOptions.map((option) => option.value)).toEqual(["auto", "en", "sv", "fr", "de", "es", "it", "nl", "pt", "da", "nb", "fi", "pl"]);
  });
});
