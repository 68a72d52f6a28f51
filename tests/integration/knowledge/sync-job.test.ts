import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDb } from "@/db/client";
import type { PgliteHandle } from "@/db/pglite";
import { knowledgeDocuments } from "@/db/schema";
import { syncKnowledgeSourceJob } from "@/inngest/functions/sync-knowledge-source";
import { cancelSync, createArticle, interruptedRunEvents } from "@/server/knowledge";
import { getRun, startSync } from "@/server/knowledge/sources/runs";
import { prepareSync, syncBatch } from "@/server/knowledge/sync";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { crawlDeps, createUrlSource, workspaceScope } from "../knowledge-crawl/crawl-harness";
import { helpPage, startSiteServer, type SiteServer } from "../knowledge-crawl/site-server";

describe("the knowledge sync job", () => {
  let handle: PgliteHandle;
  let scope: WorkspaceScope;
  let site: SiteServer;
  beforeAll(async () => {
    handle = await createTestDb();
    provideDb(handle.db);
    scope = await workspaceScope(handle.db);
    const pages = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`/docs/page-${i}/`, helpPage(`Page ${i}`, `Topic number ${i} explained.`)]));
    site = await startSiteServer({ routes: { "/docs/": helpPage("Docs", "Start here.", { links: Object.keys(pages) }), ...pages } });
  });
  afterAll(async () => {
    await site.close();
    await handle.close();
  });

  it("runs as an Inngest function in steps: prepare, batches, complete", async () => {
    const { event } = await createArticle(scope, { title: "Opening hours", body: "We are open from nine to five.", status: "published" });
    const engine = new InngestTestEngine({ function: syncKnowledgeSourceJob.fn, events: [event as never] });
    const { result } = await engine.execute();
    expect(result).toEqual({ runId: event!.data.runId });
    const run = await getRun({ db: handle.db, workspaceId: scope.workspaceId }, event!.data.runId);
    expect(run).toMatchObject({ status: "completed", indexed: 1, embedded: 1 });
  });

  it("stops a cancelled crawl between batches and leaves the rest unfetched", async () => {
    const source = await createUrlSource(scope, { url: `${site.origin}/docs/`, includeRelated: true });
    const { run } = await startSync(scope, source.id);
    const deps = crawlDeps([site.port]);
    await prepareSync(scope, deps, run.id);
    await syncBatch(scope, deps, run.id);
    expect(await interruptedRunEvents(handle.db)).toEqual([expect.objectContaining({ data: expect.objectContaining({ runId: run.id }) })]);
    await cancelSync(scope, source.id);
    expect(await syncBatch(scope, deps, run.id)).toEqual({ done: true });
    const finished = await getRun({ db: handle.db, workspaceId: scope.workspaceId }, run.id);
    expect(finished?.status).toBe("cancelled");
    const queued = await handle.db.select().from(knowledgeDocuments).where(eq(knowledgeDocuments.state, "queued"));
    expect(queued.length).toBeGreaterThan(0);
    expect(await interruptedRunEvents(handle.db)).toEqual([]);
  });
});
