import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { knowledgeSources, knowledgeSyncRuns } from "@/db/schema";
import { env } from "@/env";
import { addFileSource, addUrlSource, ensureCollectionSource, failSync, startSync } from "@/server/knowledge";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { callerFor, createWorkspaceWithOwner } from "../../support/factories";
import { crawlDeps, runCrawl } from "../knowledge-crawl/crawl-harness";
import { startSiteServer, type SiteServer } from "../knowledge-crawl/site-server";

const original = { storage: env.QUOTA_STORAGE_MB, pages: env.QUOTA_CRAWL_PAGES, invitations: env.QUOTA_INVITATIONS_PER_DAY };
const publicUrl = async () => ({ hostname: "help.example.com", addresses: ["93.184.216.34"], port: 443 }) as never;

describe("limits that hold under races, and quotas per workspace", () => {
  let handle: PgliteHandle;
  let scope: WorkspaceScope;
  let setup: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;

  beforeAll(async () => {
    handle = await createTestDb();
    setup = await createWorkspaceWithOwner(handle.db);
    scope = { db: handle.db, workspaceId: setup.workspace.id, actorId: setup.owner.id };
  });
  afterAll(() => handle.close());
  afterEach(() => {
    env.QUOTA_STORAGE_MB = original.storage;
    env.QUOTA_CRAWL_PAGES = original.pages;
    env.QUOTA_INVITATIONS_PER_DAY = original.invitations;
  });

  it("adds an address once: a second add, even at the same moment, is a clear conflict", async () => {
    const results = await Promise.allSettled([0, 1, 2].map(() => addUrlSource(scope, { url: "https://help.example.com/docs/" }, { checkUrl: publicUrl })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT" });
    expect(String(refused.reason.message)).toContain("already a knowledge source");
  });

  it("creates one articles collection when two first uses race", async () => {
    const [a, b, c] = await Promise.all([ensureCollectionSource(scope, "articles"), ensureCollectionSource(scope, "articles"), ensureCollectionSource(scope, "articles")]);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
  });

  it("refuses a file that does not fit the workspace's storage quota, naming what is used", async () => {
    env.QUOTA_STORAGE_MB = 1;
    const bytes = new TextEncoder().encode(`# Big\n\n${"Plenty of words in this file. ".repeat(40_000)}`);
    const refused = await addFileSource(scope, { filename: "big.md", contentType: "text/markdown", bytes }, { maxBytes: 5_000_000, canTranscribe: false }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "TOO_LARGE" });
    expect(String((refused as Error).message)).toContain("of its 1 MB");
    const small = await addFileSource(scope, { filename: "small.md", contentType: "text/markdown", bytes: new TextEncoder().encode("# Small\n\nA short note.") }, { maxBytes: 5_000_000, canTranscribe: false });
    expect(small.source.name).toBe("small.md");
  });

  it("stops a crawl at the workspace's page quota", async () => {
    env.QUOTA_CRAWL_PAGES = 3;
    const pages = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`/page-${i}`, { body: `<html><body><main><h1>Page ${i}</h1><p>Text of page ${i} about topic ${i}.</p></main></body></html>` }]));
    const site: SiteServer = await startSiteServer({ routes: { "/": { body: `<html><body><main><h1>Home</h1>${Object.keys(pages).map((path) => `<a href="${path}">${path}</a>`).join(" ")}</main></body></html>` }, ...pages } });
    try {
      const own = await createWorkspaceWithOwner(handle.db, "Quota Co");
      const quotaScope = { db: handle.db, workspaceId: own.workspace.id };
      const [source] = await handle.db.insert(knowledgeSources).values({ workspaceId: own.workspace.id, kind: "url", name: "site", config: { url: `${site.origin}/`, includeRelated: true } }).returning();
      const { run } = await runCrawl(quotaScope, crawlDeps([site.port]), source!.id);
      expect(run.discovered).toBe(3);
      const usage = await own.caller.workspaces.usage({ workspaceId: own.workspace.id });
      expect(usage.crawledPages).toEqual({ used: 3, limit: 3 });
    } finally {
      await site.close();
    }
  });

  it("refuses invitations over the workspace's daily quota", async () => {
    env.QUOTA_INVITATIONS_PER_DAY = 2;
    const own = await createWorkspaceWithOwner(handle.db, "Invite Co");
    await own.caller.invitations.create({ workspaceId: own.workspace.id, role: "viewer" });
    await own.caller.invitations.create({ workspaceId: own.workspace.id, role: "viewer" });
    const refused = await own.caller.invitations.create({ workspaceId: own.workspace.id, role: "viewer" }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((await own.caller.workspaces.usage({ workspaceId: own.workspace.id })).invitationsToday).toEqual({ used: 2, limit: 2 });
  });

  it("keeps an unconfirmed account out of a workspace even with its invitation", async () => {
    const { users } = await import("@/db/schema");
    const invitation = await setup.caller.invitations.create({ workspaceId: setup.workspace.id, role: "viewer" });
    const [unconfirmed] = await handle.db.insert(users).values({ email: "pending@example.test" }).returning();
    const refused = await callerFor(handle.db, unconfirmed!).invitations.accept({ token: invitation.url.split("/invite/")[1]! }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows a sync that failed unexpectedly with a sentence for the admin, not the raw error", async () => {
    const [source] = await handle.db.insert(knowledgeSources).values({ workspaceId: scope.workspaceId, kind: "url", name: "x", config: { url: "https://x.example/" } }).returning();
    const { run } = await startSync(scope, source!.id);
    await handle.db.update(knowledgeSyncRuns).set({ status: "running" }).where(eq(knowledgeSyncRuns.id, run.id));
    await failSync(scope, run.id, new Error('relation "knowledge_chunks" does not exist at pg_query'));
    const [row] = await handle.db.select().from(knowledgeSources).where(eq(knowledgeSources.id, source!.id));
    expect(row?.lastError).toContain("problem on our side");
    expect(row?.lastError).not.toContain("relation");
  });
});
