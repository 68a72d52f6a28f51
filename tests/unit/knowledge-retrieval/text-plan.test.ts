import { describe, expect, it } from "vitest";
import { inverseDocumentFrequency, planTextSearch, type QueryTerm } from "@/server/knowledge/retrieval/text-plan";

const term = (lexeme: string, chunks: number, config = "english"): QueryTerm => ({ config, lexeme, chunks });
const limits = { budget: 1_000, capPerQuery: 200, maxTerms: 32 };

describe("planning a bounded text search", () => {
  it("reads every match, exactly, when the terms fit the budget", () => {
    const plan = planTextSearch([term("refund", 300), term("card", 500), term("gift", 40)], 10_000, limits);
    expect(plan.exhaustive.map((t) => t.lexeme)).toEqual(["gift", "refund", "card"]);
    expect(plan.conjunctive).toEqual([]);
    expect(plan.widening).toEqual([]);
    expect(plan.exact).toBe(true);
  });

  it("reads common terms only together, and caps them, however common they are", () => {
    const rare = planTextSearch([term("warranty", 30), term("order", 6_000), term("process", 7_000)], 10_000, limits);
    const rarer = planTextSearch([term("warranty", 30), term("order", 60_000), term("process", 70_000)], 100_000, limits);
    for (const plan of [rare, rarer]) {
      expect(plan.exhaustive.map((t) => t.lexeme)).toEqual(["warranty"]);
      expect(plan.conjunctive.map((t) => t.lexeme)).toEqual(["order", "process"]);
      expect(plan.widening.map((t) => t.lexeme)).toEqual(["order", "process"]);
      expect(plan.exact).toBe(false);
    }
  });

  it("widens per term only where a configuration has more than one common term", () => {
    const plan = planTextSearch([term("order", 6_000), term("beställning", 5_000, "swedish")], 10_000, limits);
    expect(plan.exhaustive).toEqual([]);
    expect(plan.conjunctive.map((t) => t.lexeme)).toEqual(["beställning", "order"]);
    expect(plan.widening).toEqual([]);
  });

  it("ignores terms no chunk contains, and scores the rarest terms first with their IDF", () => {
    const plan = planTextSearch([term("zebra", 0), term("order", 6_000), term("gift", 40)], 10_000, { ...limits, maxTerms: 1 });
    expect(plan.scored).toEqual([{ ...term("gift", 40), idf: inverseDocumentFrequency(40, 10_000) }]);
    expect(plan.exact).toBe(false);
  });

  it("weights rare terms above common ones, never below zero", () => {
    expect(inverseDocumentFrequency(10, 10_000)).toBeGreaterThan(inverseDocumentFrequency(5_000, 10_000));
    expect(inverseDocumentFrequency(10_000, 10_000)).toBeGreaterThan(0);
  });
});
