import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { executeRows } from "@/db/execute";
import { migrateDb } from "@/db/migrate";
import { knowledgeDocuments } from "@/db/schema";
import { indexDocument } from "@/server/knowledge";
import { BM25 } from "@/server/knowledge/retrieval/text-plan";
import { textCandidates } from "@/server/knowledge/retrieval/text-candidates";
import type { WorkspaceScope } from "@/server/workspaces";
import { seedSyntheticChunks } from "../../bench/support/seed-chunks";
import { createTestDb } from "../../support/db";
import { startWireDb } from "../../support/wire-server";
import { createUrlSource, embedder, workspaceScope } from "../knowledge-crawl/crawl-harness";

/** BM25 over every chunk that matches any query term, counted on the spot: what the bounded search must equal when it is exact. */
async function exhaustiveBm25(db: Db, workspaceId: string, text: string, limit: number) {
  const k1 = sql.raw(String(BM25.k1));
  const b = sql.raw(String(BM25.b));
  return executeRows<{ id: string; rank: number }>(
    db,
    sql`with stats as (select count(*)::float8 as total, avg(term_count)::float8 as average from knowledge_chunks where workspace_id = ${workspaceId}),
        terms as (select distinct c.ts_config as cfg, l.lexeme from (select distinct ts_config from knowledge_chunks where workspace_id = ${workspaceId}) c
                  cross join lateral unnest(tsvector_to_array(to_tsvector(c.ts_config, ${text}))) as l(lexeme)),
        pairs as (select c.id, c.term_count, t.lexeme, (c.term_freqs ->> t.lexeme)::float8 as tf
                  from knowledge_chunks c join terms t on t.cfg = c.ts_config where c.workspace_id = ${workspaceId} and c.term_freqs ? t.lexeme),
        idf as (select lexeme, ln(1 + ((select total from stats) - count(*) + 0.5) / (count(*) + 0.5)) as idf from pairs group by lexeme)
    select p.id, sum(i.idf * (p.tf * (${k1} + 1)) / (p.tf + ${k1} * (1 - ${b} + ${b} * p.term_count / (select average from stats)))) as rank
    from pairs p join idf i using (lexeme) group by p.id order by rank desc, p.id limit ${limit}`,
  );
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

describe.each(drivers)("bounded BM25 text search on $name", ({ open }) => {
  let handle: { db: Db; close(): Promise<void> };
  let scope: WorkspaceScope;
  let walrusChunk: string;
  const small = { budget: 50, capPerQuery: 20, maxTerms: 32 };

  beforeAll(async () => {
    handle = await open();
    scope = await workspaceScope(handle.db);
    // Six hundred help-centre-like chunks in which "refund" and "processed" each occur in hundreds.
    await seedSyntheticChunks(handle.db, embedder, scope.workspaceId, 600);
    const source = await createUrlSource(scope, { url: "https://help.example.test/" });
    const [document] = await handle.db
      .insert(knowledgeDocuments)
      .values({ workspaceId: scope.workspaceId, sourceId: source.id, key: "https://help.example.test/walrus", state: "queued" })
      .returning();
    await indexDocument(scope, { embedder }, { documentId: document!.id, sourceId: source.id, title: "Walrus plush", markdown: "A refund for the walrus plush is processed by hand.", rejectSensitive: false });
    [{ id: walrusChunk }] = (await executeRows<{ id: string }>(handle.db, sql`select id from knowledge_chunks where document_id = ${document!.id}`)) as [{ id: string }];
  });
  afterAll(() => handle?.close());

  it("ranks exactly as BM25 over every matching chunk when the terms fit its budget", async () => {
    for (const query of ["How is a refund processed?", "Can the warranty be renewed from the settings page?", "walrus"]) {
      const outcome = await textCandidates(handle.db, { workspaceId: scope.workspaceId }, query, 40);
      const reference = await exhaustiveBm25(handle.db, scope.workspaceId, query, 40);
      expect(outcome.exact).toBe(true);
      expect(outcome.hits.map((hit) => hit.id)).toEqual(reference.map((row) => row.id));
      outcome.hits.forEach((hit, i) => expect(hit.rank).toBeCloseTo(Number(reference[i]!.rank), 6));
    }
  });

  it("reads a bounded number of chunks however many share the query's words", async () => {
    const [{ matching }] = (await executeRows<{ matching: number }>(
      handle.db,
      sql`select count(*)::int as matching from knowledge_chunks where workspace_id = ${scope.workspaceId} and tsv @@ to_tsquery('english', 'refund | process')`,
    )) as [{ matching: number }];
    expect(matching).toBeGreaterThan(300);
    const outcome = await textCandidates(handle.db, { workspaceId: scope.workspaceId }, "How is a refund processed?", 40, small);
    expect(outcome.exact).toBe(false);
    // One conjunctive query and, as it found fewer than asked for, one per common term: each capped.
    expect(outcome.candidates).toBeLessThanOrEqual(small.capPerQuery * 3);
    expect(outcome.hits.length).toBeGreaterThanOrEqual(small.capPerQuery);
    for (const hit of outcome.hits) expect(hit.matchedTerms).toBeGreaterThan(0);
  });

  it("still puts the chunk with the rare word first among common ones", async () => {
    const outcome = await textCandidates(handle.db, { workspaceId: scope.workspaceId }, "Is the walrus refund processed?", 10, small);
    expect(outcome.hits[0]).toMatchObject({ id: walrusChunk, matchedTerms: 3, queryTerms: 3 });
  });

  it("searches only the sources asked for", async () => {
    const [source] = await executeRows<{ id: string }>(handle.db, sql`select source_id as id from knowledge_chunks where id = ${walrusChunk}`);
    const outcome = await textCandidates(handle.db, { workspaceId: scope.workspaceId, sourceIds: [source!.id] }, "How is a refund processed?", 10, small);
    expect(outcome.hits.map((hit) => hit.id)).toEqual([walrusChunk]);
    expect(outcome.exact).toBe(true);
  });

  it("tells how much of a question the knowledge never mentions", async () => {
    const known = await textCandidates(handle.db, { workspaceId: scope.workspaceId }, "How is a walrus refund processed?", 10, small);
    const half = await textCandidates(handle.db, { workspaceId: scope.workspaceId }, "Is a refund processed for a zeppelin charter?", 10, small);
    const foreign = await textCandidates(handle.db, { workspaceId: scope.workspaceId }, "zeppelin charter quokka", 10, small);
    expect(known.unknownTermShare).toBe(0);
    expect(half.unknownTermShare).toBeCloseTo(0.5, 5);
    expect(foreign.unknownTermShare).toBe(1);
    expect(foreign.hits).toEqual([]);
  });
});
