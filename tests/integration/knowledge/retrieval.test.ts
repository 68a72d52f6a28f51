import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { knowledgeChunks } from "@/db/schema";
import { createEmbedder } from "@/server/ai/embedder";
import { createLocalEmbedder } from "@/server/ai/local-embedder";
import { createArticle, createShortAnswer, reembedStaleDocuments, searchKnowledge } from "@/server/knowledge";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { crawlDeps, embedder, runCrawl, workspaceScope } from "../knowledge-crawl/crawl-harness";

async function publish(scope: WorkspaceScope, title: string, body: string) {
  const { event } = await createArticle(scope, { title, body, status: "published" });
  await runCrawl(scope, crawlDeps([]), event!.data.sourceId as string, { runId: event!.data.runId as string });
  return event!.data.sourceId as string;
}

describe("hybrid retrieval", () => {
  let handle: PgliteHandle;
  let acme: WorkspaceScope;
  let other: WorkspaceScope;
  let articlesSource: string;

  beforeAll(async () => {
    handle = await createTestDb();
    acme = await workspaceScope(handle.db);
    other = await workspaceScope(handle.db);
    await publish(acme, "Shipping times", "## Europe\n\nOrders to Europe arrive in three to five working days.\n\n## Rest of the world\n\nOther destinations take up to three weeks.");
    await publish(acme, "Returning an item", "You can return unused items within thirty days for a full refund. Print the return label from your order page.");
    articlesSource = await publish(acme, "Leveranstider", "Beställningar inom Sverige levereras inom två arbetsdagar.");
    await publish(other, "Other company secret plans", "Orders to Europe arrive by carrier pigeon.");
  });
  afterAll(() => handle.close());

  it("finds the passage with its title and heading path", async () => {
    const response = await searchKnowledge(acme, { embedder }, { query: "how long does delivery to Europe take?" });
    expect(response.results[0]).toMatchObject({ title: "Shipping times", headingPath: ["Europe"] });
    expect(response.results[0]!.content).toContain("three to five working days");
  });

  it("matches Swedish with Swedish stems", async () => {
    const response = await searchKnowledge(acme, { embedder }, { query: "Hur lång är leveranstiden i Sverige?" });
    expect(response.queryLanguage).toBe("sv");
    expect(response.results[0]?.title).toBe("Leveranstider");
  });

  it("never returns another workspace's content", async () => {
    const response = await searchKnowledge(acme, { embedder }, { query: "carrier pigeon secret plans" });
    expect(response.results.map((result) => result.title)).not.toContain("Other company secret plans");
  });

  it("is not confident when nothing relevant exists", async () => {
    const relevant = await searchKnowledge(acme, { embedder }, { query: "how long does delivery to Europe take?" });
    const unrelated = await searchKnowledge(acme, { embedder }, { query: "Can I bring my dog to the yoga retreat?" });
    expect(unrelated.confidence).toBeLessThan(relevant.confidence);
    expect(unrelated.confidence).toBeLessThan(0.5);
  });

  it("ranks a matching short answer first", async () => {
    const { event } = await createShortAnswer(acme, { question: "Do you ship to Europe?", variants: ["Can I order from Germany?"], answer: "Yes, we ship to every EU country." });
    await runCrawl(acme, crawlDeps([]), event.data.sourceId as string, { runId: event.data.runId as string });
    const response = await searchKnowledge(acme, { embedder }, { query: "do you ship to europe" });
    expect(response.results[0]).toMatchObject({ sourceKind: "short_answers", title: "Do you ship to Europe?" });
  });

  it("searches only the sources asked for", async () => {
    const response = await searchKnowledge(acme, { embedder }, { query: "delivery times", sourceIds: [articlesSource] });
    expect(response.results.length).toBeGreaterThan(0);
    expect(new Set(response.results.map((result) => result.sourceId))).toEqual(new Set([articlesSource]));
    expect((await searchKnowledge(acme, { embedder }, { query: "delivery", sourceIds: [] })).results).toEqual([]);
  });

  it("re-embeds stored content for a new embedding model and finds it with that model", async () => {
    const smaller = createLocalEmbedder({ dimensions: 256 });
    const next = createEmbedder(smaller, { id: smaller.modelId, dimensions: smaller.dimensions });
    let done = 0;
    for (let pass = 0; pass < 10; pass++) {
      const n = await reembedStaleDocuments(handle.db, { embedder: next });
      done += n;
      if (n === 0) break;
    }
    expect(done).toBeGreaterThan(0);
    const models = await handle.db.selectDistinct({ model: knowledgeChunks.embeddingModel }).from(knowledgeChunks).where(eq(knowledgeChunks.workspaceId, acme.workspaceId));
    expect(models).toEqual([{ model: "local-hash-v1-256" }]);
    const response = await searchKnowledge(acme, { embedder: next }, { query: "return an item for a refund" });
    expect(response.results[0]?.title).toBe("Returning an item");
    expect(response.results[0]?.vectorRank).not.toBeNull();
  });
});
