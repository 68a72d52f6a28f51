import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { knowledgeDocuments, knowledgeSources } from "@/db/schema";
import type { Embedder } from "@/server/ai/embedder";
import { syntheticPassages } from "./synthetic-text";

/**
 * Bulk-loads synthetic chunks for scale tests, straight into the index tables (the ingestion
 * pipeline is measured by eval:retrieval): one file source per call, a document per thousand chunks.
 */
export async function seedSyntheticChunks(db: Db, embedder: Embedder, workspaceId: string, count: number, seed = 1, onProgress?: (done: number) => void) {
  const [source] = await db.insert(knowledgeSources).values({ workspaceId, kind: "file", name: `Synthetic ${seed}`, status: "ready" }).returning();
  const batch = 1_000;
  for (let start = 0; start < count; start += batch) {
    const [document] = await db
      .insert(knowledgeDocuments)
      .values({ workspaceId, sourceId: source!.id, key: `synthetic-${start}`, title: `Help topic ${start / batch + 1}`, language: "en", state: "indexed" })
      .returning();
    const texts = syntheticPassages(seed + start, Math.min(batch, count - start));
    const vectors = await embedder.embed(texts, { language: "en" });
    const values = texts.map(
      (text, i) =>
        sql`(${workspaceId}, ${source!.id}, ${document!.id}, ${i}, ${text}, ${text}, 'en', 'english'::regconfig, ${`[${vectors[i]!.join(",")}]`}::vector, ${embedder.id})`,
    );
    await db.execute(
      sql`insert into knowledge_chunks (workspace_id, source_id, document_id, ordinal, content, search_text, language, ts_config, embedding, embedding_model) values ${sql.join(values, sql`, `)}`,
    );
    onProgress?.(Math.min(count, start + batch));
  }
  return source!.id;
}
