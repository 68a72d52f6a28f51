import { describe, expect, it } from "vitest";
import { runTurn } from "@/server/chat/engine";
import { MAX_OUTPUT_TOKENS } from "@/server/chat/guard";
import { messagesFor } from "@/server/chat/messages";
import type { RetrievedPassage, Retrieve } from "@/server/chat/types";
import { agentSettings, engineDeps, visitorTurn } from "./support/engine-harness";
import { scriptedModel, usage } from "./support/mock-models";

function passage(n: number, title: string, content: string, language = "en"): RetrievedPassage {
  return { chunkId: `chunk-${n}`, documentId: `doc-${n}`, title, url: `https://help.kite.example/${title.toLowerCase().replace(/\s+/g, "-")}`, anchor: n === 2 ? "time-limit" : null, headingPath: [], content, language, score: 0.9, vectorSimilarity: 0.8, textScore: 0.5, sourceKind: "url" };
}

const passages = [
  passage(1, "Refunds", "Refunds reach your card within five business days."),
  passage(2, "Returns", "You can return unworn items within thirty days. Returns are free."),
];
const retrieve: Retrieve = async () => ({ passages, confidence: 0.9, signals: {} });

/** Runs a turn against a mock model that writes `reply`. */
async function turnWith(reply: string, message = "How do returns and refunds work?", extra: Parameters<typeof visitorTurn>[2] = {}) {
  const model = scriptedModel(() => reply, { generate: "How do returns work for jackets?", tokens: usage(40, 20) });
  // A clock that moves on each reading: latency is measured without waiting.
  let clock = 1_000;
  const turn = await visitorTurn({ ...engineDeps(retrieve, model, "mock-model"), now: () => (clock += 25) }, message, extra);
  return { ...turn, model };
}

describe("the answer engine with a mock model", () => {
  it("streams a cited answer and emits its sources in the order they are first cited", async () => {
    // Tokens arrive over time, as from a hosted model; text written at once is passed on at once.
    const model = scriptedModel(() => "<decision>answer</decision>\nReturns are free [2]. Refunds take five business days [1]. Both apply online [2].", { paced: true });
    const events: string[] = [];
    const agent = agentSettings();
    const record = await runTurn(
      engineDeps(retrieve, model, "mock-model"),
      { agent, brandVoice: null, message: "How do returns and refunds work?", history: [], browserLocale: "en-GB", conversationLanguage: null, unresolvedTurns: 0, linkHosts: agent.allowedDomains, humanAvailable: false },
      { text: (delta) => events.push(`text:${delta}`), source: (citation) => events.push(`source:${citation.n}:${citation.title}`) },
    );
    expect(record.decision).toBe("answer");
    expect(record.text).toBe("Returns are free [1]. Refunds take five business days [2]. Both apply online [1].");
    expect(record.citations.map((citation) => [citation.n, citation.chunkId, citation.url])).toEqual([
      [1, "chunk-2", "https://help.kite.example/returns#time-limit"],
      [2, "chunk-1", "https://help.kite.example/refunds"],
    ]);
    const texts = events.filter((event) => event.startsWith("text:"));
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.map((event) => event.slice(5)).join("")).toBe(record.text);
    // Each source arrives once, right after the text that first cites it.
    expect(events.filter((event) => event.startsWith("source:"))).toEqual(["source:1:Returns", "source:2:Refunds"]);
    const firstSecondCitation = events.findIndex((event) => event.includes("[2]"));
    expect(events.indexOf("source:1:Returns")).toBeLessThan(firstSecondCitation);
    expect(events.indexOf("source:2:Refunds")).toBeGreaterThan(firstSecondCitation);
  });

  it("never shows an uncited answer: it asks a clarifying question instead", async () => {
    const { record, shown, sources } = await turnWith("<decision>answer</decision>\nReturns are free and refunds are quick.");
    expect(record.decision).toBe("clarify");
    expect(shown).not.toContain("Returns are free");
    expect(shown).toBe(messagesFor("en").clarifyWithTopics(["Refunds", "Returns"]));
    expect(sources).toEqual([]);
  });

  it("hands off after a clarification that did not help", async () => {
    const { record, shown } = await turnWith("<decision>answer</decision>\nReturns are free.", "and for jackets?", {
      history: [
        { role: "visitor", text: "How do returns work?" },
        { role: "agent", text: messagesFor("en").clarify, decision: "clarify" },
      ],
      unresolvedTurns: 1,
      humanAvailable: true,
    });
    expect(record.decision).toBe("handoff");
    expect(shown).toBe(messagesFor("en").handoffAvailable);
  });

  it("uses the model's own clarifying question", async () => {
    const { record, shown } = await turnWith("<decision>clarify</decision>\nDo you want a refund or an exchange?");
    expect(record).toMatchObject({ decision: "clarify", text: "Do you want a refund or an exchange?" });
    expect(shown).toBe(record.text);
  });

  it("hands off when the model decides a person is needed", async () => {
    const { record } = await turnWith("<decision>handoff</decision>\nThis needs a person.");
    expect(record).toMatchObject({ decision: "handoff", text: messagesFor("en").handoffUnavailable });
  });

  it.each([
    ["en", "Can I talk to a human, please?"],
    ["fr", "Je voudrais parler à un conseiller, s'il vous plaît."],
    ["sv", "Jag vill prata med en människa, tack."],
    ["de", "Ich möchte bitte mit einem Mitarbeiter sprechen."],
    ["es", "Quiero hablar con una persona, por favor."],
  ])("hands off at once on a request for a person (%s), without calling the model", async (language, message) => {
    const { record, shown, model } = await turnWith("<decision>answer</decision>\nReturns are free [1].", message);
    expect(record).toMatchObject({ decision: "handoff", language, triggers: ["asked for a person"] });
    expect(shown).toBe(messagesFor(language).handoffUnavailable);
    expect(model.doStreamCalls).toHaveLength(0);
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it("hands off on a configured trigger phrase", async () => {
    const agent = agentSettings({ handoffTriggers: ["cancel my contract"], handoffMessages: { available: { en: "Connecting you with Sam now." }, unavailable: {} } });
    const { record, shown, model } = await turnWith("<decision>answer</decision>\nSure [1].", "How do I Cancel my contract?", { agent, humanAvailable: true });
    expect(record).toMatchObject({ decision: "handoff", triggers: ["cancel my contract"] });
    expect(shown).toBe("Connecting you with Sam now.");
    expect(model.doStreamCalls).toHaveLength(0);
  });

  it("answers a French message with the French fixed messages", async () => {
    const { record, shown } = await turnWith("<decision>answer</decision>\nLes retours sont gratuits.", "Comment fonctionnent les retours et les remboursements ?");
    expect(record).toMatchObject({ decision: "clarify", language: "fr" });
    expect(shown).toBe(messagesFor("fr").clarifyWithTopics(["Refunds", "Returns"]));
  });

  it("records tokens of condensing and answering, and the latency", async () => {
    // Focused on the question, the prompt holds the Returns page alone, as passage [1].
    const { record, model } = await turnWith("<decision>answer</decision>\nReturns are free [1].", "and for jackets?", {
      history: [
        { role: "visitor", text: "How do returns work?" },
        { role: "agent", text: "You can return unworn items [1].", decision: "answer" },
      ],
    });
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(record.trace.standaloneQuestion).toBe("How do returns work for jackets?");
    expect(record).toMatchObject({ decision: "answer", model: "mock-model", inputTokens: 50, outputTokens: 25 });
    expect(record.latencyMs).toBeGreaterThan(0);
  });

  it("passes the output cap and the prompt to the model", async () => {
    const { model } = await turnWith("<decision>answer</decision>\nReturns are free [2].");
    const call = model.doStreamCalls[0]!;
    expect(call.maxOutputTokens).toBe(MAX_OUTPUT_TOKENS);
    expect(call.prompt.at(-1)).toMatchObject({ role: "user" });
    expect(JSON.stringify(call.prompt)).toContain("Returns are free.");
  });
});
