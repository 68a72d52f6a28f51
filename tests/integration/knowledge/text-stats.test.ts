import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { executeRows } from "@/db/execute";
import { migrateDb } from "@/db/migrate";
import { knowledgeDocuments } from "@/db/schema";
import { createArticle, deleteArticle, deleteSource, indexDocument, updateArticle } from "@/server/knowledge";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { startWireDb } from "../../support/wire-server";
import { createUrlSource, crawlDeps, embedder, runCrawl, workspaceScope } from "../knowledge-crawl/crawl-harness";

/** The statistics as they should be, counted from the chunks themselves. */
async function countedFromChunks(db: Db) {
  const terms = await executeRows<{ key: string; chunks: number }>(
    db,
    sql`select concat_ws('|', c.workspace_id, c.source_id, c.ts_config, l.lexeme) as key, count(*)::int as chunks
        from knowledge_chunks c cross join lateral unnest(tsvector_to_array(c.tsv)) as l(lexeme) group by 1 order by 1`,
  );
  const sources = await executeRows<{ key: string; chunks: number; terms: number }>(
    db,
    sql`select concat_ws('|', c.workspace_id, c.source_id, c.ts_config) as key, count(*)::int as chunks,
               sum((select sum(array_length(u.positions, 1)) from unnest(c.tsv) as u))::int as terms
        from knowledge_chunks c group by 1 order by 1`,
  );
  return { terms, sources };
}

async function storedStats(db: Db) {
  const terms = await executeRows<{ key: string; chunks: number }>(
    db,
    sql`select concat_ws('|', workspace_id, source_id, ts_config, lexeme) as key, chunks from knowledge_term_stats order by 1`,
  );
  const sources = await executeRows<{ key: string; chunks: number; terms: number }>(
    db,
    sql`select concat_ws('|', workspace_id, source_id, ts_config) as key, chunks, terms::int as terms from knowledge_source_stats order by 1`,
  );
  return { terms, sources };
}

async function publish(scope: WorkspaceScope, title: string, body: string) {
  const { article, event } = await createArticle(scope, { title, body, status: "published" });
  await runCrawl(scope, crawlDeps([]), event!.data.sourceId as string, { runId: event!.data.runId as string });
  return article;
}

const drivers = [
  { name: "embedded PGlite", open: async () => createTestDb() },
  {
    name: "node-postgres over the wire",
    open: async () => {
      const wire = await startWireDb();
      await migrateDb(wire.db, "pg");
      return wire;
    },
  },
];

describe.each(drivers)("full-text statistics on $name", ({ open }) => {
  let handle: { db: Db; close(): Promise<void> };
  let acme: WorkspaceScope;
  let other: WorkspaceScope;

  beforeAll(async () => {
    handle = await open();
    acme = await workspaceScope(handle.db);
    other = await workspaceScope(handle.db);
  });
  afterAll(() => handle?.close());

  const expectInStep = async () => {
    const stored = await storedStats(handle.db);
    expect(stored).toEqual(await countedFromChunks(handle.db));
    expect(stored.terms.length).toBeGreaterThan(0);
  };

  it("counts every chunk indexed, per source, language and lexeme", async () => {
    await publish(acme, "Shipping times", "## Europe\n\nOrders to Europe arrive in three to five working days.\n\n## Rest of the world\n\nOther destinations take up to three weeks.");
    await publish(acme, "Leveranstider", "Beställningar inom Sverige levereras inom två arbetsdagar.");
    await publish(other, "Returns", "Return unused items within thirty days for a refund.");
    await expectInStep();
    const [refund] = await executeRows<{ chunks: number }>(handle.db, sql`select chunks from knowledge_term_stats where workspace_id = ${other.workspaceId} and lexeme = 'refund'`);
    expect(refund?.chunks).toBe(1);
  });

  it("follows edits and deletions of articles", async () => {
    const article = await publish(acme, "Gift cards", "Gift cards never expire. A gift card can pay for part of an order.");
    await expectInStep();
    const edited = await updateArticle(acme, article.id, { title: "Gift cards", body: "Gift cards expire after five years.", status: "published" });
    await runCrawl(acme, crawlDeps([]), edited.event!.data.sourceId as string, { runId: edited.event!.data.runId as string });
    await expectInStep();
    const removed = await deleteArticle(acme, article.id);
    await runCrawl(acme, crawlDeps([]), removed.event!.data.sourceId as string, { runId: removed.event!.data.runId as string });
    await expectInStep();
    const rows = await executeRows<{ n: number }>(handle.db, sql`select count(*)::int as n from knowledge_term_stats where lexeme = 'expir'`);
    expect(rows[0]?.n).toBe(0);
  });

  it("follows a chunk whose text is rewritten in place, and ignores updates that leave the text alone", async () => {
    const [chunk] = await executeRows<{ id: string }>(handle.db, sql`select id from knowledge_chunks where workspace_id = ${other.workspaceId} limit 1`);
    await handle.db.execute(sql`update knowledge_chunks set search_text = 'Exchanges are free of charge' where id = ${chunk!.id}`);
    await handle.db.execute(sql`update knowledge_chunks set term_freqs = '{}'::jsonb where id = ${chunk!.id}`);
    await expectInStep();
    const lexemes = await executeRows<{ lexeme: string }>(handle.db, sql`select lexeme from knowledge_term_stats where workspace_id = ${other.workspaceId} order by lexeme`);
    expect(lexemes.map((row) => row.lexeme)).toEqual(["charg", "exchang", "free"]);
  });

  it("drops a deleted source's statistics with it", async () => {
    const source = await createUrlSource(acme, { url: "https://help.example.test/" });
    const [document] = await handle.db
      .insert(knowledgeDocuments)
      .values({ workspaceId: acme.workspaceId, sourceId: source.id, key: "https://help.example.test/warranty", state: "queued" })
      .returning();
    await indexDocument(acme, { embedder }, { documentId: document!.id, sourceId: source.id, title: "Warranty", markdown: "Every device has a two-year warranty.", rejectSensitive: false });
    await expectInStep();
    await deleteSource(acme, source.id);
    await expectInStep();
    const left = await executeRows<{ n: number }>(handle.db, sql`select count(*)::int as n from knowledge_term_stats where source_id = ${source.id}`);
    expect(left[0]?.n).toBe(0);
  });
});
