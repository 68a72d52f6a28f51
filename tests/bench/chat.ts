import { existsSync } from "node:fs";
import { startAppServer, waitUntilReady } from "../support/e2e/app-server";
import { readArgs } from "../eval/support/args";
import { prepareBenchDatabase } from "./support/chat-database";
import { benchQuestions, converse, runLevel } from "./support/chat-load";

/**
 * npm run bench:chat [-- --chunks 100000 --port 3400 --wire]
 * Seeds a database with synthetic chunks and a published agent, starts `next start` on it (run
 * `npm run build` first), then holds 1, 10 and 50 concurrent widget conversations. Per level:
 * time to first byte and to the first answer token, the server's own time before asking the
 * model and per step (from each reply's finish metadata), turns per second, and CPU per turn of
 * the server, the database server (with --wire) and this load generator, which share the machine.
 *
 * Database: the embedded default (a fresh PGlite folder); DATABASE_URL when set (a scratch
 * Postgres with pgvector; the bench adds a workspace and removes it); or --wire, the embedded
 * database served over the Postgres protocol by pglite-socket in its own process. Last line: JSON.
 */
const args = readArgs();
const chunks = Number(args.chunks ?? 10_000);
const port = Number(args.port ?? 3400);
if (!existsSync(".next/BUILD_ID")) throw new Error("Build the app first: npm run build");

const database = await prepareBenchDatabase({ chunks, databaseUrl: process.env.DATABASE_URL || undefined, wire: args.wire === "true", wirePort: port + 1 });
console.log(`Seeded ${chunks} chunks (${database.driver}); starting the app …`);
// One trusted hop: the load generator stands in for the proxy that forwards many visitors' addresses.
const server = startAppServer({ port, dataDir: database.dataDir, env: { TRUSTED_PROXY_HOPS: "1", ...database.serverEnv } });
try {
  await waitUntilReady(server);
  // Warm-up, not measured: every question once, so the first measured turn pays no cold start.
  for (let n = 0; n < benchQuestions.length; n++) {
    const sample = await converse(server.url, database.agentId, n);
    if (sample.error) throw new Error(`warm-up turn failed: ${sample.error}`);
  }
  const levels: Record<number, Awaited<ReturnType<typeof runLevel>>> = {};
  for (const concurrency of [1, 10, 50]) {
    levels[concurrency] = await runLevel({ baseUrl: server.url, agentId: database.agentId, concurrency, serverPid: server.pid, databasePid: database.databasePid });
    console.log(`${String(concurrency).padStart(2)} concurrent: ${JSON.stringify(levels[concurrency])}`);
  }
  const [c1, c50] = [levels[1]!, levels[50]!];
  console.log(
    JSON.stringify({
      chunks,
      driver: database.driver,
      c1_before_model_p50_ms: c1.before_model_ms.p50,
      c1_before_model_p95_ms: c1.before_model_ms.p95,
      c50_first_token_p50_ms: c50.first_token_ms.p50,
      c50_first_token_p95_ms: c50.first_token_ms.p95,
      c50_turns_per_s: c50.turns_per_s,
      errors: Object.values(levels).reduce((sum, level) => sum + level.errors, 0),
      c1_server_steps_p50_ms: c1.server_steps_p50_ms,
      c50_cpu_ms_per_turn: c50.cpu_ms_per_turn,
    }),
  );
} finally {
  await server.stop();
  await database.close();
}
