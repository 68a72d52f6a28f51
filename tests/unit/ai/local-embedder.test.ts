import { cosineSimilarity, embed, embedMany } from "ai";
import { describe, expect, it } from "vitest";
import { createLocalEmbedder, defaultLocalEmbedderParams } from "@/server/ai/local-embedder";
import { AppError } from "@/server/errors";

const model = createLocalEmbedder();

function norm(vector: number[]): number {
  return Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
}

async function similarity(a: string, b: string): Promise<number> {
  const { embeddings } = await embedMany({ model, values: [a, b] });
  return cosineSimilarity(embeddings[0] as number[], embeddings[1] as number[]);
}

describe("local embedder through the AI SDK", () => {
  it("embeds many values with embedMany, in order, as unit vectors of the model's size", async () => {
    const values = ["Where is my order?", "Var är min beställning?", "Où est ma commande ?"];
    const { embeddings, usage } = await embedMany({ model, values });
    expect(embeddings).toHaveLength(3);
    for (const embedding of embeddings) {
      expect(embedding).toHaveLength(512);
      expect(norm(embedding)).toBeCloseTo(1, 5);
    }
    expect(usage.tokens).toBe(12);
    const { embedding: second } = await embed({ model, value: values[1] as string });
    expect(second).toEqual(embeddings[1]);
  });

  it("is deterministic across model instances", async () => {
    const text = "How do I change the delivery address?";
    const { embedding: a } = await embed({ model, value: text });
    const { embedding: b } = await embed({ model: createLocalEmbedder(), value: text });
    expect(a).toEqual(b);
  });

  it("has a model id that names the algorithm and size and changes with any parameter", () => {
    expect(model.modelId).toBe("local-hash-v1-512");
    expect(model.specificationVersion).toBe("v4");
    expect(createLocalEmbedder({ dimensions: 384 }).modelId).toBe("local-hash-v1-384");
    const tuned = createLocalEmbedder({ weights: { char: 0.5 } }).modelId;
    expect(tuned).toMatch(/^local-hash-v1-512-[0-9a-z]+$/);
    expect(createLocalEmbedder({ charNgramMax: 4 }).modelId).not.toBe(tuned);
    expect(createLocalEmbedder({ ...defaultLocalEmbedderParams }).modelId).toBe("local-hash-v1-512");
  });

  it("rejects unusable sizes", () => {
    expect(() => createLocalEmbedder({ dimensions: 0 })).toThrow(AppError);
    expect(() => createLocalEmbedder({ dimensions: 100.5 })).toThrow(AppError);
  });

  it("gives texts without words a unit vector instead of zeros", async () => {
    const { embeddings } = await embedMany({ model, values: ["", "  ?! ", "the of and"] });
    for (const embedding of embeddings) expect(norm(embedding)).toBeCloseTo(1, 5);
  });
});

describe("local embedder similarity", () => {
  it("ranks a paraphrase with other word forms above an unrelated text", async () => {
    const query = "cancel my subscription";
    expect(await similarity(query, "How to cancel subscriptions and get refunds")).toBeGreaterThan(
      await similarity(query, "Our store opening hours during the holidays"),
    );
  });

  it("matches Swedish compounds and inflections through character n-grams", async () => {
    const query = "Hur ansöker jag om bostadsbidrag?";
    const related = "Bostadsbidraget söker du hos Försäkringskassan. Ansökan görs digitalt.";
    const unrelated = "Tandvården är gratis för barn och unga upp till 23 år.";
    expect(await similarity(query, related)).toBeGreaterThan((await similarity(query, unrelated)) + 0.1);
  });

  it("folds accents people leave out, but keeps Nordic and German letters apart", async () => {
    expect(await similarity("resume", "résumé")).toBeGreaterThan(0.99);
    expect(await similarity("får", "far")).toBeLessThan(0.5);
  });

  it("ignores stop words almost entirely", async () => {
    expect(await similarity("the refund of the order", "refund order")).toBeGreaterThan(0.95);
  });
});

describe("local embedder call options", () => {
  it("uses a language given in provider options for every value in the call", async () => {
    const text = "vaccinerad";
    const { embedding: asSwedish } = await embed({ model, value: text, providerOptions: { local: { language: "sv" } } });
    const { embedding: asEnglish } = await embed({ model, value: text, providerOptions: { local: { language: "en" } } });
    expect(asSwedish).toEqual(Array.from(model.embedText(text, "sv")));
    expect(asSwedish).not.toEqual(asEnglish);
  });

  it("warns that it cannot change its dimensions", async () => {
    const result = await model.doEmbed({ values: ["hello"], dimensions: 256 });
    expect(result.embeddings[0]).toHaveLength(512);
    expect(result.warnings).toEqual([expect.objectContaining({ type: "unsupported", feature: "dimensions" })]);
  });

  it("stops when the call is aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(model.doEmbed({ values: ["hello"], abortSignal: controller.signal })).rejects.toThrow();
  });
});
