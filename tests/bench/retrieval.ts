import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { executeRows } from "@/db/execute";
import { migrateDb } from "@/db/migrate";
import { openPglite } from "@/db/pglite";
import { sessionSettings } from "@/db/session-settings";
import { knowledgeDocuments, knowledgeSources, users } from "@/db/schema";
import { getEmbedder } from "@/server/ai/registry";
import { ensureVectorIndex } from "@/server/knowledge/index-store/vector-index";
import { vectorCandidates } from "@/server/knowledge/retrieval/candidates";
import { createWorkspace } from "@/server/workspaces";
import { readArgs } from "../eval/support/args";
import { percentile, round } from "../eval/support/metrics";
import { syntheticPassages } from "./support/synthetic-text";

/**
 * npm run bench:retrieval -- --chunks 100000 [--queries 200] [--ef-search 40]
 * Synthetic scale test of the vector index: bulk ingestion, then HNSW top-10 latency and recall@10
 * against exact search, for a large workspace and for a small one sharing the same index.
 */
const args = readArgs();
const total = Number(args.chunks ?? 100_000);
const queryCount = Number(args.queries ?? 200);
const efSearch = args["ef-search"] ? Number(args["ef-search"]) : null;
const smallShare = Math.max(500, Math.round(total * 0.01));
const folder = mkdtempSync(path.join(tmpdir(), "closer-bench-"));
const handle = await openPglite(folder);
await migrateDb(handle.db, "pglite");
const db = handle.db;
const embedder = await getEmbedder();

const [owner] = await db.insert(users).values({ email: "bench@example.test" }).returning();
const large = await createWorkspace(db, { name: "Large", ownerId: owner!.id });
const small = await createWorkspace(db, { name: "Small", ownerId: owner!.id });

async function load(workspaceId: string, count: number, seed: number) {
  const [source] = await db.insert(knowledgeSources).values({ workspaceId, kind: "articles", name: "Synthetic" }).returning();
  const [document] = await db.insert(knowledgeDocuments).values({ workspaceId, sourceId: source!.id, key: "synthetic", state: "indexed" }).returning();
  const batch = 1_000;
  for (let start = 0; start < count; start += batch) {
    const texts = syntheticPassages(seed + start, Math.min(batch, count - start));
    const vectors = await embedder.embed(texts);
    const values = texts.map((text, i) => sql`(${workspaceId}, ${source!.id}, ${document!.id}, ${start + i}, ${text}, ${text}, 'english'::regconfig, ${`[${vectors[i]!.join(",")}]`}::vector, ${embedder.id})`);
    await db.execute(sql`insert into knowledge_chunks (workspace_id, source_id, document_id, ordinal, content, search_text, ts_config, embedding, embedding_model) values ${sql.join(values, sql`, `)}`);
    if ((start / batch) % 10 === 0) process.stdout.write(`\r  loaded ${start + texts.length} / ${count}`);
  }
  process.stdout.write("\n");
}

console.log(`Loading ${total} synthetic chunks (${embedder.id}, ${embedder.dimensions} dimensions) into ${folder} …`);
const started = performance.now();
await load(large.id, total - smallShare, 1);
await load(small.id, smallShare, 10_000_000);
const loadSeconds = (performance.now() - started) / 1000;
const indexStarted = performance.now();
// pgvector builds HNSW far faster while the whole graph fits in maintenance memory.
await db.execute(sql`set maintenance_work_mem = '1GB'`);
await ensureVectorIndex(db, embedder);
await db.execute(sql`analyze knowledge_chunks`);
// The app's sessions use db/session-settings.ts; a different ef_search shows the recall/latency trade-off.
if (efSearch) await db.execute(sql.raw(`set hnsw.ef_search = ${Math.trunc(efSearch)}`));
const indexSeconds = (performance.now() - indexStarted) / 1000;
console.log(`Loaded in ${loadSeconds.toFixed(1)} s, HNSW index built in ${indexSeconds.toFixed(1)} s.`);

async function exactTop10(workspaceId: string, vector: number[]) {
  const dims = sql.raw(String(embedder.dimensions));
  const literal = `[${vector.join(",")}]`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_indexscan = off`);
    await tx.execute(sql`set local enable_bitmapscan = off`);
    const rows = await executeRows<{ id: string }>(
      tx,
      sql`select id from knowledge_chunks where workspace_id = ${workspaceId} and embedding_model = ${embedder.id}
          order by embedding::vector(${dims}) <=> ${literal}::vector(${dims}) limit 10`,
    );
    return rows.map((row) => row.id);
  });
}

async function measure(name: string, workspaceId: string) {
  const queries = await embedder.embed(syntheticPassages(99_000_000, queryCount).map((text) => text.slice(0, 120)));
  const latencies: number[] = [];
  let overlap = 0;
  for (const vector of queries) {
    const begin = performance.now();
    const hits = await vectorCandidates(db, { workspaceId }, embedder, vector, 10);
    latencies.push(performance.now() - begin);
    const exact = new Set(await exactTop10(workspaceId, vector));
    overlap += hits.filter((hit) => exact.has(hit.id)).length / Math.max(1, exact.size);
  }
  const figures = { p50_ms: round(percentile(latencies, 50), 2), p95_ms: round(percentile(latencies, 95), 2), recall_at_10: round(overlap / queries.length) };
  console.log(`${name.padEnd(28)} ${JSON.stringify(figures)}`);
  return figures;
}

const largeFigures = await measure(`large workspace (${total - smallShare})`, large.id);
const smallFigures = await measure(`small workspace (${smallShare})`, small.id);
await handle.close();
rmSync(folder, { recursive: true, force: true });
console.log(
  JSON.stringify({
    chunks: total,
    dimensions: embedder.dimensions,
    ef_search: efSearch ?? Number(sessionSettings["hnsw.ef_search"]),
    ingest_s: round(loadSeconds + indexSeconds, 1),
    index_build_s: round(indexSeconds, 1),
    p50_ms: largeFigures.p50_ms,
    p95_ms: largeFigures.p95_ms,
    recall_at_10: largeFigures.recall_at_10,
    filtered_small_workspace: smallFigures,
  }),
);
