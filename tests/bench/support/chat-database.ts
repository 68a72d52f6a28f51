import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import type { Db } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { openPglite } from "@/db/pglite";
import * as schema from "@/db/schema";
import { sessionSettingsSql } from "@/db/session-settings";
import { createAgent, publishAgent } from "@/server/agents";
import { getEmbedder } from "@/server/ai/registry";
import { ensureVectorIndex } from "@/server/knowledge/index-store/vector-index";
import { createWorkspace } from "@/server/workspaces";
import { seedSyntheticChunks } from "./seed-chunks";

export type BenchDriver = "pglite" | "postgres" | "pglite-wire";

export interface BenchDatabase {
  driver: BenchDriver;
  agentId: string;
  /** The app server's environment for this database. */
  serverEnv: Record<string, string>;
  dataDir: string;
  /** The database server's process group, when the bench started one (pglite-wire). */
  databasePid: number | null;
  close(): Promise<void>;
}

/** A workspace with `chunks` synthetic chunks, indexed for both searches, and a published agent. */
async function seed(db: Db, chunks: number, onProgress: (done: number) => void) {
  const email = `bench-${Date.now()}@example.test`;
  const [owner] = await db.insert(schema.users).values({ email }).returning();
  const workspace = await createWorkspace(db, { name: "Bench", ownerId: owner!.id });
  const scope = { db, workspaceId: workspace.id, actorId: owner!.id };
  const embedder = await getEmbedder();
  await seedSyntheticChunks(db, embedder, workspace.id, chunks, 1, onProgress);
  await db.transaction(async (tx) => {
    // pgvector builds HNSW far faster while the graph fits in maintenance memory.
    await tx.execute(sql`set local maintenance_work_mem = '512MB'`);
    await ensureVectorIndex(tx, embedder);
  });
  await db.execute(sql`analyze`);
  const agent = await createAgent(scope, { name: "Bench agent" });
  await publishAgent(scope, agent.id);
  return { workspaceId: workspace.id, ownerId: owner!.id, agentId: agent.id };
}

const progress = (chunks: number) => (done: number) => {
  if (done % 10_000 === 0 || done === chunks) process.stdout.write(`\r  seeded ${done} / ${chunks}`);
  if (done === chunks) process.stdout.write("\n");
};

/** An embedded database in a fresh folder, seeded in-process; the app server then opens the folder itself. */
async function prepareEmbedded(chunks: number) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "closer-bench-chat-"));
  const handle = await openPglite(dataDir);
  await migrateDb(handle.db, "pglite");
  const { agentId } = await seed(handle.db, chunks, progress(chunks));
  await handle.close();
  return { dataDir, agentId };
}

/**
 * A scratch Postgres (with pgvector) at DATABASE_URL: the bench adds its own workspace and deletes
 * it afterwards. Inserting into an existing HNSW index is slow, so use an empty database.
 */
async function preparePostgres(url: string, chunks: number): Promise<BenchDatabase> {
  const pool = new Pool({ connectionString: url, max: 2 });
  const db = drizzle({ client: pool, schema, casing: "snake_case" }) as unknown as Db;
  await migrateDb(db, "pg");
  const seeded = await seed(db, chunks, progress(chunks));
  const dataDir = mkdtempSync(path.join(tmpdir(), "closer-bench-chat-"));
  return {
    driver: "postgres",
    agentId: seeded.agentId,
    serverEnv: { DATABASE_URL: url },
    dataDir,
    databasePid: null,
    async close() {
      await db.delete(schema.workspaces).where(eq(schema.workspaces.id, seeded.workspaceId));
      await db.delete(schema.users).where(eq(schema.users.id, seeded.ownerId));
      await pool.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The embedded database served over the Postgres wire protocol by @electric-sql/pglite-socket in
 * its own process: the app uses node-postgres as it would with Postgres. It is a stand-in only —
 * one single-threaded session shared by every connection, so the app's pool must hold one.
 */
async function prepareWire(chunks: number, port: number): Promise<BenchDatabase> {
  const { dataDir, agentId } = await prepareEmbedded(chunks);
  const child = spawn(path.join("node_modules", ".bin", "pglite-server"), [`--db=${path.join(dataDir, "pglite")}`, `--port=${port}`, "--extensions=@electric-sql/pglite-pgvector:vector"], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const probe = new Pool({ connectionString: url, max: 1 });
  for (let attempt = 0; ; attempt++) {
    try {
      // The socket server has one session for every connection: its settings are the app's too.
      await probe.query(sessionSettingsSql);
      break;
    } catch (error) {
      if (attempt > 100) throw new Error(`pglite-server did not start: ${output}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await probe.end();
  return {
    driver: "pglite-wire",
    agentId,
    serverEnv: { DATABASE_URL: url, DATABASE_POOL_SIZE: "1" },
    dataDir,
    databasePid: child.pid!,
    async close() {
      if (child.exitCode === null) {
        process.kill(-child.pid!, "SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function prepareBenchDatabase(options: { chunks: number; databaseUrl?: string; wire: boolean; wirePort: number }): Promise<BenchDatabase> {
  if (options.databaseUrl) return preparePostgres(options.databaseUrl, options.chunks);
  if (options.wire) return prepareWire(options.chunks, options.wirePort);
  const { dataDir, agentId } = await prepareEmbedded(options.chunks);
  return { driver: "pglite", agentId, serverEnv: {}, dataDir, databasePid: null, close: async () => rmSync(dataDir, { recursive: true, force: true }) };
}
