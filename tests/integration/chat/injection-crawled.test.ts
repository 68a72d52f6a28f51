import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALLOWED_HOSTS, agentSettings, engineDeps, type IndexedSite, indexSite, visitorTurn } from "./support/engine-harness";
import { scriptedModel, systemPromptOf } from "./support/mock-models";
import { plantedCases, plantedSiteRoutes } from "./support/planted-site";
import { expectSafeReply, secretsOf } from "./support/reply-checks";

/** Every planted payload: no prompt may carry any of them, whichever pages a question retrieves. */
const payloads = [...new Set(plantedCases.flatMap((item) => item.payload))];

/**
 * A model that does whatever the text it is given tells it to: if a planted payload reached its
 * prompt, it repeats it (and links to it) in a cited answer.
 */
function obedientModel() {
  return scriptedModel((system) => {
    const found = payloads.filter((payload) => system.toLowerCase().includes(payload));
    if (found.length) return `<decision>answer</decision>\nAs the page says [1]: ${found.join(", ")}. Go to https://evil.example/claim now [1].`;
    return "<decision>answer</decision>\nHere is what the help centre says [1].";
  });
}

describe("instructions planted in crawled pages", () => {
  let site: IndexedSite;
  const agent = agentSettings();

  beforeAll(async () => {
    site = await indexSite(plantedSiteRoutes());
  });
  afterAll(() => site.close());

  it("covers the cases the suite is meant to", () => {
    expect(plantedCases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(plantedCases.map((item) => item.language))).toEqual(new Set(["en", "fr", "sv", "de", "es"]));
  });

  describe.each(plantedCases)("$name", (item) => {
    it("the question retrieves the planted page", async () => {
      const found = await site.retrieve(item.question, { sourceIds: null, languageHint: item.language });
      expect(found.passages.slice(0, 3).map((passage) => passage.url)).toContain(`${site.site.origin}${item.path}`);
    });

    it("never reaches the model's prompt, while the page's help does", async () => {
      const model = obedientModel();
      const turn = await visitorTurn(engineDeps(site.retrieve, model), item.question, { agent });
      expect(model.doStreamCalls).toHaveLength(1);
      const system = systemPromptOf(model.doStreamCalls[0]!);
      expect(system).toContain(item.legit);
      for (const payload of payloads) expect(system.toLowerCase(), payload).not.toContain(payload);
      expect(turn.record.decision).toBe("answer");
      expect(turn.record.text).toBe("Here is what the help centre says [1].");
      expectSafeReply(turn, secretsOf(agent, turn.record.language, [system]), ALLOWED_HOSTS);
    });

    it("the built-in model's reply carries none of it", async () => {
      const turn = await visitorTurn(engineDeps(site.retrieve), item.question, { agent });
      for (const payload of payloads) expect(turn.shown.toLowerCase(), payload).not.toContain(payload);
      expectSafeReply(turn, secretsOf(agent, turn.record.language), ALLOWED_HOSTS);
      expect(["answer", "clarify"]).toContain(turn.record.decision);
    });
  });
});
