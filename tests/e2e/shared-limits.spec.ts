import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import superjson from "superjson";
import { migrateDb } from "@/db/migrate";
import { startAppServer, waitUntilReady, type AppServer } from "../support/e2e/app-server";
import { startWireDb } from "../support/wire-server";

/**
 * Two app servers on one Postgres (PGlite over the wire protocol): a rate limit counted on one is
 * counted on the other, so adding servers adds no allowance.
 */
test("rate limits hold across two app servers sharing one database", async () => {
  test.setTimeout(240_000);
  const wire = await startWireDb({ maxConnections: 24 });
  await migrateDb(wire.db, "pg");
  const dataDir = mkdtempSync(path.join(tmpdir(), "closer-shared-"));
  const env = { DATABASE_URL: wire.url, SIGNUP: "open", SIGNUP_LIMIT_PER_HOUR: "4", DISABLE_SCHEDULER: "1" };
  const servers: AppServer[] = [startAppServer({ port: 3121, dataDir, env }), startAppServer({ port: 3122, dataDir, env })];
  try {
    await Promise.all(servers.map((server) => waitUntilReady(server)));
    const outcomes: { server: number; status: number }[] = [];
    for (let i = 0; i < 10; i++) {
      const server = i % 2;
      const response = await fetch(`${servers[server]!.url}/api/trpc/profile.signUp`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(superjson.serialize({ name: "", email: `shared-${i}@example.test`, password: "a long enough password" })),
      });
      outcomes.push({ server, status: response.status });
      if (response.status !== 200 && response.status !== 429) throw new Error(`server ${server} answered ${response.status}: ${await response.text()}\n${servers[server]!.output()}`);
    }
    // Four sign-ups an hour from one address, whichever server takes them.
    expect(outcomes.filter((outcome) => outcome.status === 200)).toHaveLength(4);
    const limited = outcomes.filter((outcome) => outcome.status === 429);
    expect(limited).toHaveLength(6);
    expect(new Set(limited.map((outcome) => outcome.server))).toEqual(new Set([0, 1]));
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await wire.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
