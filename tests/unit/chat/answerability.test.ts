import { describe, expect, it } from "vitest";
import { answerTypeOf, statesAnswerType } from "@/server/ai/answer-type";
import { ANSWER_CALIBRATION, answerProbability } from "@/server/chat/answerability/calibration";
import { answerabilityFeatures } from "@/server/chat/answerability/features";
import { focusPassages } from "@/server/chat/answerability/focus";
import { dependsOnHistory } from "@/server/chat/condense";

const passage = (documentId: string, content: string, extra: { title?: string; vectorSimilarity?: number | null; textScore?: number | null; sourceKind?: string; language?: string } = {}) => ({
  documentId,
  title: extra.title ?? documentId,
  headingPath: [],
  content,
  language: extra.language ?? "en",
  vectorSimilarity: extra.vectorSimilarity ?? 0.5,
  textScore: extra.textScore ?? 1,
  sourceKind: extra.sourceKind ?? "url",
});

describe("the kind of fact a question asks for", () => {
  it("recognises amounts and times in the product's languages, and what states them", () => {
    expect(answerTypeOf("How much does a replacement card cost?")).toBe("amount");
    expect(answerTypeOf("Hur mycket kostar det?")).toBe("amount");
    expect(answerTypeOf("Quand le bureau est-il ouvert ?")).toBe("time");
    expect(answerTypeOf("How do I reset my password?")).toBeNull();
    expect(statesAnswerType("A replacement costs $25.", "amount")).toBe(true);
    expect(statesAnswerType("Replacements are sent by post.", "amount")).toBe(false);
    expect(statesAnswerType("Det tar tre veckor.", "time")).toBe(true);
    expect(statesAnswerType("Use the form on the website.", "time")).toBe(false);
  });
});

describe("answerability features", () => {
  it("separate a passage that covers the question from unrelated ones", () => {
    const covered = answerabilityFeatures("What warranty do kettles have?", "en", [
      passage("kettles", "Every kettle comes with a two-year warranty.", { vectorSimilarity: 0.6, textScore: 3 }),
      passage("toasters", "Toasters can be returned within 30 days.", { vectorSimilarity: 0.3, textScore: 0.5 }),
    ], 0.8);
    const unrelated = answerabilityFeatures("Can I pay my library parking fine here?", "en", [
      passage("kettles", "Every kettle comes with a two-year warranty.", { vectorSimilarity: 0.2, textScore: 0.1 }),
      passage("toasters", "Toasters can be returned within 30 days.", { vectorSimilarity: 0.19, textScore: 0.2 }),
    ], 0.05);
    expect(covered).toMatchObject({ coverage: 1, agreement: 1, typeMatch: 1, crossLanguage: 0 });
    expect(covered.margin).toBeCloseTo(0.3);
    expect(unrelated).toMatchObject({ coverage: 0, agreement: 0 });
    expect(answerProbability(covered)).toBeGreaterThan(ANSWER_CALIBRATION.threshold);
    expect(answerProbability(unrelated)).toBeLessThan(ANSWER_CALIBRATION.threshold);
  });

  it("compare across languages by names and cognates, not by stems", () => {
    const features = answerabilityFeatures("Comment exporter mes notes en PDF ?", "fr", [passage("export", "You can export any note as a PDF file from the Share menu.")], 0.3);
    expect(features.crossLanguage).toBe(1);
    expect(features.coverage).toBeGreaterThan(0.5);
  });

  it("mark a question for an amount that the passages never state", () => {
    const features = answerabilityFeatures("How much does shipping cost?", "en", [passage("shipping", "Shipping is handled by our partner carriers.")], 0.5);
    expect(features.typeMatch).toBe(0);
  });
});

describe("focusing the passages the model sees", () => {
  it("keeps the best document and close contenders, in order, and drops the weak ones", () => {
    const passages = [
      passage("a", "Alpha one.", { vectorSimilarity: 0.5, textScore: 2 }),
      passage("b", "Beta.", { vectorSimilarity: 0.49, textScore: 1.9 }),
      passage("a", "Alpha two.", { vectorSimilarity: 0.4, textScore: 1 }),
      passage("c", "Gamma.", { vectorSimilarity: 0.3, textScore: 0.2 }),
    ];
    expect(focusPassages("question", "en", passages, ANSWER_CALIBRATION.focus).map((kept) => kept.content)).toEqual(["Alpha one.", "Alpha two.", "Beta."]);
  });

  it("lets a matching short answer stand alone", () => {
    const passages = [passage("page", "Files can be up to 10 GB.", { vectorSimilarity: 0.6, textScore: 3 }), passage("short", "Up to 50 GB.", { sourceKind: "short_answers", vectorSimilarity: 0.59, textScore: 2.9 })];
    expect(focusPassages("What is the maximum file size?", "en", passages, ANSWER_CALIBRATION.focus).map((kept) => kept.documentId)).toEqual(["short"]);
  });
});

describe("whether a message depends on the conversation", () => {
  it("keeps history for follow-ups that point back, continue or name too little", () => {
    expect(dependsOnHistory("Is it free?", "en")).toBe(true);
    expect(dependsOnHistory("and for children?", "en")).toBe(true);
    expect(dependsOnHistory("yes", "en")).toBe(true);
    expect(dependsOnHistory("Och för barn?", "sv")).toBe(true);
  });

  it("reads a self-contained new question on its own", () => {
    expect(dependsOnHistory("I need to change the address on my driving licence.", "en")).toBe(false);
    expect(dependsOnHistory("Can I pay my library parking fine through this service?", "en")).toBe(false);
    expect(dependsOnHistory("Hur ansöker jag om bostadsbidrag som student?", "sv")).toBe(false);
  });

  it("keeps the conversation for a question that mostly names what it is already about", () => {
    const lastExchange = "How do I renew my boat registration?\nYou can renew a boat registration online or by mail.";
    expect(dependsOnHistory("Can I renew the boat registration at an office?", "en", lastExchange)).toBe(true);
    expect(dependsOnHistory("How do I apply for a fishing licence online?", "en", lastExchange)).toBe(false);
  });
});
