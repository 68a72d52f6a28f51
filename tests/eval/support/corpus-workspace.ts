import { eq } from "drizzle-orm";
import { provideDb } from "@/db/client";
import { migrateDb } from "@/db/migrate";
import { openPglite } from "@/db/pglite";
import { articles, knowledgeDocuments } from "@/db/schema";
import { jobs } from "@/inngest/functions";
import { startInProcess } from "@/inngest/send";
import { ensureCollectionSource, startSync } from "@/server/knowledge";
import { createWorkspace } from "@/server/workspaces";
import { users } from "@/db/schema";
import type { CorpusDoc } from "./jsonl";

/**
 * A fresh embedded database with one workspace whose published articles are the corpus, indexed by
 * the real sync job (redact → chunk → embed → index). Returns a map from document id to corpus id.
 */
export async function loadCorpusWorkspace(corpus: CorpusDoc[]) {
  const handle = await openPglite();
  await migrateDb(handle.db, "pglite");
  provideDb(handle.db);
  const [owner] = await handle.db.insert(users).values({ email: "eval@example.test" }).returning();
  const workspace = await createWorkspace(handle.db, { name: "Eval", ownerId: owner!.id });
  const scope = { db: handle.db, workspaceId: workspace.id, actorId: owner!.id };

  const articleToCorpus = new Map<string, string>();
  for (let start = 0; start < corpus.length; start += 200) {
    const rows = await handle.db
      .insert(articles)
      .values(corpus.slice(start, start + 200).map((doc) => ({ workspaceId: workspace.id, title: doc.title, body: doc.text, status: "published" as const })))
      .returning({ id: articles.id });
    rows.forEach((row, i) => articleToCorpus.set(row.id, corpus[start + i]!.id));
  }

  const started = performance.now();
  const source = await ensureCollectionSource(scope, "articles");
  const { event } = await startSync(scope, source.id);
  await Promise.all(startInProcess([event], jobs));
  const ingestSeconds = (performance.now() - started) / 1000;

  const documents = await handle.db.select({ id: knowledgeDocuments.id, key: knowledgeDocuments.key, state: knowledgeDocuments.state }).from(knowledgeDocuments).where(eq(knowledgeDocuments.sourceId, source.id));
  const documentToCorpus = new Map(documents.map((doc) => [doc.id, articleToCorpus.get(doc.key.slice("article:".length)) ?? ""]));
  const failed = documents.filter((doc) => doc.state === "failed").length;
  return { handle, scope, documentToCorpus, ingestSeconds, failed };
}
