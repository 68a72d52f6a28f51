import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrateDb } from "@/db/migrate";
import { openPglite } from "@/db/pglite";
import { users } from "@/db/schema";
import { createAgent, publishAgent } from "@/server/agents";
import { getEmbedder } from "@/server/ai/registry";
import { ensureVectorIndex } from "@/server/knowledge/index-store/vector-index";
import { createWorkspace } from "@/server/workspaces";
import { startAppServer, waitUntilReady } from "../support/e2e/app-server";
import { readArgs } from "../eval/support/args";
import { percentile, round } from "../eval/support/metrics";
import { seedSyntheticChunks } from "./support/seed-chunks";

/**
 * npm run bench:chat [-- --chunks 10000 --port 3400]
 * Seeds an embedded database with synthetic chunks and a published agent, starts `next start` on it
 * (run `npm run build` first), then holds 1, 10 and 50 concurrent widget conversations and reports
 * time to first byte, time to the first answer token, the server's own time before asking the
 * model, and errors. Last line: JSON.
 */
const args = readArgs();
const chunkCount = Number(args.chunks ?? 10_000);
const port = Number(args.port ?? 3400);
if (!existsSync(".next/BUILD_ID")) throw new Error("Build the app first: npm run build");

const dataDir = mkdtempSync(path.join(tmpdir(), "closer-bench-chat-"));
console.log(`Seeding ${chunkCount} chunks into ${dataDir} …`);
const handle = await openPglite(dataDir);
await migrateDb(handle.db, "pglite");
const [owner] = await handle.db.insert(users).values({ email: "bench@example.test" }).returning();
const workspace = await createWorkspace(handle.db, { name: "Bench", ownerId: owner!.id });
const scope = { db: handle.db, workspaceId: workspace.id, actorId: owner!.id };
const embedder = await getEmbedder();
await seedSyntheticChunks(handle.db, embedder, workspace.id, chunkCount);
await handle.db.execute(sql`set maintenance_work_mem = '512MB'`);
await ensureVectorIndex(handle.db, embedder);
await handle.db.execute(sql`analyze`);
const agent = await createAgent(scope, { name: "Bench agent" });
await publishAgent(scope, agent.id);
await handle.close();

const server = startAppServer({ port, dataDir });
await waitUntilReady(server);
const questions = ["How is a refund processed?", "When will the delivery arrive?", "How can the password be reset?", "Can the subscription be cancelled?", "Where is the invoice?", "How does the warranty work?", "Can a gift card be refunded?", "How is the shipping label downloaded?"];

interface Sample {
  ttfbMs: number;
  firstTokenMs: number | null;
  beforeModelMs: number | null;
  error: string | null;
}

async function converse(n: number): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(`${server.url}/api/chat/${agent.id}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ visitorId: `bench-visitor-${n}-${Date.now()}`, message: { id: `m${n}`, text: questions[n % questions.length] }, locale: "en-US" }),
    });
    const ttfbMs = performance.now() - started;
    if (!response.ok || !response.body) return { ttfbMs, firstTokenMs: null, beforeModelMs: null, error: `HTTP ${response.status}` };
    let firstTokenMs: number | null = null;
    let beforeModelMs: number | null = null;
    let error: string | null = null;
    let buffer = "";
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      buffer += decoder.decode(read.value, { stream: true });
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines.filter((l) => l.startsWith("data: {"))) {
        const chunk = JSON.parse(line.slice(6)) as { type: string; errorText?: string; messageMetadata?: { beforeModelMs?: number } };
        if (chunk.type === "text-delta" && firstTokenMs === null) firstTokenMs = performance.now() - started;
        if (chunk.type === "error") error = chunk.errorText ?? "stream error";
        if (chunk.type === "finish") beforeModelMs = chunk.messageMetadata?.beforeModelMs ?? null;
      }
    }
    return { ttfbMs, firstTokenMs, beforeModelMs, error };
  } catch (caught) {
    return { ttfbMs: performance.now() - started, firstTokenMs: null, beforeModelMs: null, error: String(caught) };
  }
}

async function runLevel(concurrency: number) {
  const total = Math.max(20, concurrency * 3);
  const samples: Sample[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) samples.push(await converse(next++));
    }),
  );
  const stat = (values: (number | null)[]) => {
    const present = values.filter((value): value is number => value !== null);
    return { p50: round(percentile(present, 50), 1), p95: round(percentile(present, 95), 1) };
  };
  const figures = {
    requests: samples.length,
    ttfb_ms: stat(samples.map((sample) => sample.ttfbMs)),
    first_token_ms: stat(samples.map((sample) => sample.firstTokenMs)),
    before_model_ms: stat(samples.map((sample) => sample.beforeModelMs)),
    errors: samples.filter((sample) => sample.error).length,
  };
  console.log(`${String(concurrency).padStart(2)} concurrent: ${JSON.stringify(figures)}`);
  for (const sample of samples.filter((s) => s.error).slice(0, 3)) console.log(`   error: ${sample.error}`);
  return figures;
}

await converse(-1);
const result: Record<string, unknown> = { chunks: chunkCount };
for (const concurrency of [1, 10, 50]) result[`c${concurrency}`] = await runLevel(concurrency);
await server.stop();
rmSync(dataDir, { recursive: true, force: true });
console.log(JSON.stringify(result));
