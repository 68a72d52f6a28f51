import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { chunkCount, crawlDeps, createUrlSource, documentsOf, runCrawl, workspaceScope } from "./crawl-harness";
import { helpPage, type SiteServer, startSiteServer } from "./site-server";

describe("resyncing a changed site", () => {
  let handle: PgliteHandle;
  let site: SiteServer;
  let scope: WorkspaceScope;
  let sourceId: string;

  const stateOf = async (path: string) => {
    const documents = await documentsOf(handle.db, sourceId);
    return documents.find((document) => new URL(document.key).pathname === path) ?? null;
  };

  beforeAll(async () => {
    handle = await createTestDb();
    site = await startSiteServer();
    scope = await workspaceScope(handle.db);
    const nav = ["/help/", "/help/billing/", "/help/shipping/", "/help/returns/", "/help/alias/?utm_source=mail", "/help/copy/", "/help/legacy/", "/help/old-shipping/"];
    site.routes.set("/help/", helpPage("Help", "Everything about your orders and your account", { links: nav }));
    site.routes.set("/help/billing/", helpPage("Billing", "Invoices are sent on the first day of each month", { links: nav, canonical: "https://prod.example.com/help/billing/" }));
    site.routes.set("/help/shipping/", helpPage("Shipping", "Parcels leave the warehouse within two working days", { links: ["../"], canonical: `${site.origin}/help/shipping/` }));
    site.routes.set("/help/alias/", helpPage("Shipping", "Parcels leave the warehouse within two working days", { canonical: `${site.origin}/help/shipping/` }));
    site.routes.set("/help/old-shipping/", { status: 301, headers: { location: "/help/shipping/" } });
    site.routes.set("/help/returns/", helpPage("Returns", "Returns are free within thirty days of delivery"));
    site.routes.set("/help/copy/", helpPage("Returns", "Returns are free within thirty days of delivery"));
    site.routes.set("/help/legacy/", helpPage("Legacy", "The old loyalty programme ended last year"));
    const source = await createUrlSource(scope, { url: `${site.origin}/help/`, includeRelated: true });
    sourceId = source.id;
  });
  afterAll(async () => {
    await site.close();
    await handle.close();
  });

  it("indexes each content once: canonical URLs on the site win, duplicates are skipped, foreign canonicals ignored", async () => {
    const { run } = await runCrawl(scope, crawlDeps([site.port]), sourceId);
    expect(run).toMatchObject({ status: "completed", indexed: 5, failed: 0 });
    expect(await stateOf("/help/billing/")).toMatchObject({ state: "indexed", key: `${site.origin}/help/billing/` });
    expect(await stateOf("/help/shipping/")).toMatchObject({ state: "indexed" });
    expect(await stateOf("/help/alias/")).toMatchObject({ state: "skipped", error: `Indexed under its canonical URL ${site.origin}/help/shipping/.` });
    const returns = await stateOf("/help/returns/");
    const copy = await stateOf("/help/copy/");
    const [original, duplicate] = returns?.state === "indexed" ? [returns, copy] : [copy, returns];
    expect(original?.state).toBe("indexed");
    expect(duplicate).toMatchObject({ state: "skipped", error: `Same content as ${original?.url}` });
    expect(await chunkCount(handle.db, sourceId, duplicate!.id)).toBe(0);
    expect(await stateOf("/help/old-shipping/")).toMatchObject({ state: "skipped", error: `Redirects to ${site.origin}/help/shipping/.` });
    const documents = await documentsOf(handle.db, sourceId);
    expect(documents.filter((document) => document.title === "Shipping" && document.contentHash)).toHaveLength(1);
  });

  it("re-indexes changed pages only, and removes pages that are gone or no longer linked", async () => {
    const legacy = await stateOf("/help/legacy/");
    expect(await chunkCount(handle.db, sourceId, legacy!.id)).toBeGreaterThan(0);
    site.routes.set("/help/billing/", helpPage("Billing", "Invoices are now sent on the fifteenth of each month", { links: ["../"] }));
    site.routes.delete("/help/legacy/");
    const before = site.requests.length;

    const { run } = await runCrawl(scope, crawlDeps([site.port]), sourceId);
    expect(run).toMatchObject({ status: "completed", indexed: 1, removed: 1, failed: 0 });
    expect(run.embedded).toBe(await chunkCount(handle.db, sourceId, (await stateOf("/help/billing/"))!.id));
    expect(await stateOf("/help/billing/")).toMatchObject({ state: "indexed", httpStatus: 200 });
    expect(await stateOf("/help/shipping/")).toMatchObject({ state: "unchanged", httpStatus: 304 });
    expect(await stateOf("/help/legacy/")).toMatchObject({ state: "removed", httpStatus: 404, error: "Not found (404)" });
    expect(await chunkCount(handle.db, sourceId, legacy!.id)).toBe(0);
    const unchanged = site.requests.slice(before).filter((request) => request.status === 304).map((request) => request.path);
    expect(unchanged.sort()).toEqual(["/help/", "/help/returns/", "/help/shipping/"]);
    expect(await stateOf("/help/copy/")).toMatchObject({ state: "skipped" });
  });

  it("drops a removed page's document on the run after, when nothing links to it any more", async () => {
    site.routes.set("/help/", helpPage("Help", "Everything about your orders and your account", { links: ["billing/", "shipping/", "returns/"] }));
    const { run } = await runCrawl(scope, crawlDeps([site.port]), sourceId);
    expect(run.status).toBe("completed");
    expect(await stateOf("/help/legacy/")).toBeNull();
    // Only the navigation changed, which is not indexed text: a full fetch, the same content hash, nothing embedded.
    expect(run).toMatchObject({ indexed: 0, embedded: 0, removed: 1 });
    expect(await stateOf("/help/")).toMatchObject({ state: "unchanged", httpStatus: 200 });
  });
});
