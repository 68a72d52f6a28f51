import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveEmbedder } from "@/server/ai/registry";
import { startFakeOpenAiServer } from "../../support/fake-openai-server";

const none = { OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, OPENAI_COMPATIBLE_BASE_URL: undefined, OPENAI_COMPATIBLE_API_KEY: undefined, EMBEDDING_PROVIDER: undefined, EMBEDDING_MODEL: undefined, EMBEDDING_DIMENSIONS: undefined, TRANSCRIPTION_MODEL: undefined };

describe("embedding providers", () => {
  let fake: Awaited<ReturnType<typeof startFakeOpenAiServer>>;
  beforeAll(async () => {
    fake = await startFakeOpenAiServer({ dimensions: 6 });
  });
  afterAll(() => fake.close());

  it("uses the local embedder when nothing is configured", async () => {
    const embedder = await resolveEmbedder(none);
    expect(embedder).toMatchObject({ id: "local-hash-v1-512", dimensions: 512 });
    const [vector] = await embedder.embed(["Where is my order?"]);
    expect(vector).toHaveLength(512);
  });

  it("calls OpenAI's embeddings API with the key, model and requested dimensions", async () => {
    const embedder = await resolveEmbedder({ ...none, OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: fake.baseURL, EMBEDDING_DIMENSIONS: 8 });
    expect(embedder).toMatchObject({ id: "openai:text-embedding-3-small@8", dimensions: 8 });
    const vectors = await embedder.embed(["a", "abcd"]);
    expect(vectors.map((vector) => vector.length)).toEqual([8, 8]);
    expect(vectors[1]![0]).toBeCloseTo(0.04);
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe("/v1/embeddings");
    expect(request.headers.authorization).toBe("Bearer sk-test");
    expect(request.body).toMatchObject({ model: "text-embedding-3-small", input: ["a", "abcd"], dimensions: 8 });
  });

  it("asks an OpenAI-compatible server (Ollama, vLLM…) for its vector size when none is configured", async () => {
    const embedder = await resolveEmbedder({ ...none, EMBEDDING_PROVIDER: "openai-compatible", OPENAI_COMPATIBLE_BASE_URL: fake.baseURL, EMBEDDING_MODEL: "nomic-embed-text" });
    expect(embedder).toMatchObject({ id: "compatible:nomic-embed-text", dimensions: 6 });
    expect((await embedder.embed(["hello"]))[0]).toHaveLength(6);
    expect(fake.requests.at(-1)!.body).toMatchObject({ model: "nomic-embed-text", input: ["hello"] });
  });

  it("explains a provider configured without what it needs", async () => {
    await expect(resolveEmbedder({ ...none, EMBEDDING_PROVIDER: "openai-compatible" })).rejects.toThrow(/OPENAI_COMPATIBLE_BASE_URL and EMBEDDING_MODEL/);
    await expect(resolveEmbedder({ ...none, EMBEDDING_PROVIDER: "openai" })).rejects.toThrow(/OPENAI_API_KEY/);
  });
});
