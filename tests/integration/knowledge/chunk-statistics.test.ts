import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRows } from "@/db/execute";
import type { PgliteHandle } from "@/db/pglite";
import { createArticle } from "@/server/knowledge";
import { ensureVectorIndex } from "@/server/knowledge/index-store/vector-index";
import type { WorkspaceScope } from "@/server/workspaces";
import { seedSyntheticChunks } from "../../bench/support/seed-chunks";
import { createTestDb } from "../../support/db";
import { crawlDeps, embedder, runCrawl, workspaceScope } from "../knowledge-crawl/crawl-harness";

describe("planner statistics after a sync", () => {
  let handle: PgliteHandle;
  let scope: WorkspaceScope;
  const analyzedRows = async () => Number((await executeRows<{ n: number }>(handle.db, sql`select reltuples::float8 as n from pg_class where relname = 'knowledge_chunks'`))[0]!.n);
  const publish = async (title: string) => {
    const { event } = await createArticle(scope, { title, body: `${title} are explained here in one short paragraph.`, status: "published" });
    await runCrawl(scope, crawlDeps([]), event!.data.sourceId as string, { runId: event!.data.runId as string });
  };

  /** Synthetic chunks in a source of their own (not the articles collection, which a sync reconciles with the articles table). */
  const seed = async (count: number, seed: number) => {
    const sourceId = await seedSyntheticChunks(handle.db, embedder, scope.workspaceId, count, seed);
    await handle.db.execute(sql`update knowledge_sources set kind = 'file' where id = ${sourceId}`);
  };

  beforeAll(async () => {
    handle = await createTestDb();
    scope = await workspaceScope(handle.db);
    // Building an index records the table's size too: build it while the table is empty.
    await ensureVectorIndex(handle.db, embedder);
    await seed(600, 1);
  });
  afterAll(() => handle.close());

  it("analyzes chunks after a sync once a tenth of them changed, not after every sync", async () => {
    expect(await analyzedRows()).toBe(-1);
    await publish("Gift cards");
    expect(await analyzedRows()).toBe(601);

    // One more chunk is far from a tenth: ANALYZE, a second at 100,000 chunks, is skipped.
    await publish("Store hours");
    expect(await analyzedRows()).toBe(601);

    await seed(200, 7);
    await publish("Loyalty points");
    expect(await analyzedRows()).toBe(803);
  });
});
