import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRows } from "@/db/execute";
import { migrateDb } from "@/db/migrate";
import { openPglite, type PgliteHandle } from "@/db/pglite";
import { users, workspaces } from "@/db/schema";
import { createArticle, searchKnowledge } from "@/server/knowledge";
import { createWorkspace } from "@/server/workspaces";
import { createUser } from "../../support/factories";
import { crawlDeps, embedder, runCrawl, workspaceScope } from "../knowledge-crawl/crawl-harness";

describe("the embedded database on its own thread", () => {
  let folder: string;
  let handle: PgliteHandle;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "closer-thread-"));
    handle = await openPglite(folder, { thread: true });
    await migrateDb(handle.db, "pglite");
  });
  afterAll(async () => {
    await handle?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("runs the app's queries and transactions, with timestamps as dates", async () => {
    const owner = await createUser(handle.db, { name: "Thread Owner" });
    const workspace = await createWorkspace(handle.db, { name: "Thread Co", ownerId: owner.id });
    const [row] = await handle.db.select().from(workspaces).where(eq(workspaces.id, workspace.id));
    expect(row?.name).toBe("Thread Co");
    expect(row?.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(row!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("rolls a failed transaction back and reports database errors with their code", async () => {
    const owner = await createUser(handle.db);
    await expect(
      handle.db.transaction(async (tx) => {
        await createWorkspace(tx as never, { name: "Half Made", ownerId: owner.id });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await executeRows(handle.db, sql`select count(*)::int as n from workspaces where name = 'Half Made'`)).toEqual([{ n: 0 }]);
    const duplicate = handle.db.insert(users).values({ email: owner.email });
    await expect(duplicate).rejects.toMatchObject({ cause: { code: "23505", constraint: "users_email_unique" } });
  });

  it("makes other queries wait for an open transaction, as PGlite does", async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = handle.db.transaction(async (tx) => {
      await tx.insert(users).values({ email: "inside@example.test" });
      order.push("inserted");
      await held;
      order.push("committing");
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const outside = executeRows<{ n: number }>(handle.db, sql`select count(*)::int as n from users where email = 'inside@example.test'`).then((rows) => {
      order.push("read");
      return rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await transaction;
    expect(await outside).toEqual([{ n: 1 }]);
    expect(order).toEqual(["inserted", "committing", "read"]);
  });

  it("indexes and searches knowledge", async () => {
    const scope = await workspaceScope(handle.db);
    const { event } = await createArticle(scope, { title: "Shipping times", body: "Orders to Europe arrive in three to five working days.", status: "published" });
    await runCrawl(scope, crawlDeps([]), event!.data.sourceId as string, { runId: event!.data.runId as string });
    const response = await searchKnowledge(scope, { embedder }, { query: "How long does delivery to Europe take?" });
    expect(response.results[0]?.title).toBe("Shipping times");
    expect(response.results[0]?.vectorRank).not.toBeNull();
    expect(response.results[0]?.textRank).not.toBeNull();
  });

  it("leaves the app's event loop free while a query runs", async () => {
    let timerFiredFirst: boolean | null = null;
    const query = executeRows(handle.db, sql`select count(*) from generate_series(1, 3000000)`).then(() => (timerFiredFirst ??= false));
    setTimeout(() => (timerFiredFirst ??= true), 1);
    await query;
    expect(timerFiredFirst).toBe(true);
  });

  it("keeps what it wrote in the data folder", async () => {
    await handle.db.insert(users).values({ email: "kept@example.test" });
    await handle.close();
    handle = await openPglite(folder);
    expect(await executeRows(handle.db, sql`select email from users where email = 'kept@example.test'`)).toEqual([{ email: "kept@example.test" }]);
  });
});
