import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";
import { defaultDataDir, readArgs } from "./support/args";
import { readJsonl } from "./support/jsonl";
import { groupBy, mean, recallAt, round } from "./support/metrics";

/**
 * npm run eval:crawl [-- --data <dir>]
 * Serves <dir>/site on 127.0.0.1, adds both help sites as URL sources with related pages through the
 * real path (URL check, sync job, guarded fetch at 2 requests/s), and reports pages indexed against
 * the pages in their sitemaps, failures, crawl time, and recall@5 by page on site-queries.jsonl.
 */
interface SiteQuery {
  query: string;
  lang: string;
  site: string;
  /** Page paths relative to the served folder, e.g. /kth-rdm/sv/faq/. */
  relevant: string[];
  anchor: string | null;
}

const args = readArgs();
const dataDir = path.resolve(args.data ?? defaultDataDir());
const siteRoot = path.join(dataDir, "site");
const sites = ["kth-rdm", "episciences"];

const serve = sirv(siteRoot, { etag: true, dev: false });
const server = createServer((request, response) => serve(request, response, () => void response.writeHead(404).end("Not found")));
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
// The guarded fetch refuses loopback addresses unless allow-listed, exactly as in production.
process.env.OUTBOUND_ALLOWLIST = new URL(origin).host;

const [{ openPglite }, { migrateDb }, { provideDb }, schema, { createWorkspace }, knowledge, { startInProcess }, { jobs }, { getEmbedder }, { eq }] = await Promise.all([
  import("@/db/pglite"),
  import("@/db/migrate"),
  import("@/db/client"),
  import("@/db/schema"),
  import("@/server/workspaces"),
  import("@/server/knowledge"),
  import("@/inngest/send"),
  import("@/inngest/functions"),
  import("@/server/ai/registry"),
  import("drizzle-orm"),
]);

const handle = await openPglite();
await migrateDb(handle.db, "pglite");
provideDb(handle.db);
const [owner] = await handle.db.insert(schema.users).values({ email: "crawl@example.test" }).returning();
const workspace = await createWorkspace(handle.db, { name: "Crawl eval", ownerId: owner!.id });
const scope = { db: handle.db, workspaceId: workspace.id, actorId: owner!.id };

console.log(`Crawling ${sites.map((site) => `${origin}/${site}/`).join(" and ")} …`);
const started = performance.now();
const runs = await Promise.all(
  sites.map(async (site) => {
    const { event } = await knowledge.addUrlSource(scope, { url: `${origin}/${site}/`, includeRelated: true }, knowledge.defaultUrlCheck);
    await Promise.all(startInProcess([event], jobs));
    return event.data.runId as string;
  }),
);
const crawlSeconds = (performance.now() - started) / 1000;

const sitemapPaths = new Set(
  sites.flatMap((site) =>
    [...readFileSync(path.join(siteRoot, site, "sitemap.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
      const url = new URL(match[1]!.trim());
      const local = url.pathname.startsWith(`/${site}/`) ? url.pathname : `/${site}${url.pathname}`;
      return local;
    }),
  ),
);
const documents = await handle.db.select().from(schema.knowledgeDocuments).where(eq(schema.knowledgeDocuments.workspaceId, workspace.id));
const pathOf = (url: string | null) => (url ? new URL(url).pathname : "");
const indexed = documents.filter((doc) => doc.state === "indexed" || doc.state === "unchanged");
const indexedPaths = new Set(indexed.map((doc) => pathOf(doc.url)));
const failed = documents.filter((doc) => doc.state === "failed");
const runRows = await Promise.all(runs.map((runId) => handle.db.select().from(schema.knowledgeSyncRuns).where(eq(schema.knowledgeSyncRuns.id, runId))));

const queries = readJsonl<SiteQuery>(path.join(dataDir, "site-queries.jsonl"));
const embedder = await getEmbedder();
const scored: { query: SiteQuery; recall5: number; anchor1: number }[] = [];
for (const query of queries) {
  const response = await knowledge.searchKnowledge(scope, { embedder }, { query: query.query, limit: 30 });
  const pages = [...new Set(response.results.map((result) => pathOf(result.url)))];
  const top = response.results[0];
  scored.push({ query, recall5: recallAt(pages, query.relevant, 5), anchor1: top && query.relevant.includes(pathOf(top.url)) && top.anchor === query.anchor ? 1 : 0 });
}
const byLanguage = groupBy(scored, (row) => row.query.lang);
const result = {
  pages_in_sitemaps: sitemapPaths.size,
  pages_indexed: indexed.length,
  sitemap_pages_indexed: [...sitemapPaths].filter((page) => indexedPaths.has(page)).length,
  failed: failed.length,
  crawl_s: round(crawlSeconds, 1),
  "recall@5": Object.fromEntries([...byLanguage].map(([lang, rows]) => [lang, round(mean(rows.map((row) => row.recall5)))])),
  "anchor@1": round(mean(scored.filter((row) => row.query.anchor).map((row) => row.anchor1))),
};
console.log(`Runs: ${runRows.map(([run]) => `${run?.status} (${run?.indexed} indexed, ${run?.failed} failed)`).join("; ")}`);
for (const doc of failed.slice(0, 10)) console.log(`  failed: ${doc.url} — ${doc.error}`);
const missing = [...sitemapPaths].filter((page) => !indexedPaths.has(page));
if (missing.length) console.log(`  in a sitemap but not indexed: ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? " …" : ""}`);
console.log(`Queries: ${scored.length} (${[...byLanguage].map(([lang, rows]) => `${lang} ${rows.length}`).join(", ")}). Embedder: ${embedder.id}.`);
for (const [name, value] of Object.entries(result)) console.log(`${name.padEnd(22)} ${JSON.stringify(value)}`);
await handle.close();
server.close();
console.log(JSON.stringify(result));
