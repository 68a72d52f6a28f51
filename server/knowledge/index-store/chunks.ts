import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { knowledgeChunks } from "@/db/schema";
import type { Chunk } from "../chunk";

export interface ChunkRow {
  chunk: Chunk;
  searchText: string;
  embedding: number[];
}

/**
 * Replaces a document's chunks in one go; callers run it inside the transaction that updates the
 * document. Term frequencies and the full-text statistics follow from triggers.
 */
export async function replaceDocumentChunks(
  db: DbOrTx,
  document: { workspaceId: string; sourceId: string; documentId: string; language: string | null; tsConfig: string; modelId: string },
  rows: ChunkRow[],
): Promise<void> {
  await db.delete(knowledgeChunks).where(eq(knowledgeChunks.documentId, document.documentId));
  if (rows.length === 0) return;
  await db.insert(knowledgeChunks).values(
    rows.map(({ chunk, searchText, embedding }) => ({
      workspaceId: document.workspaceId,
      sourceId: document.sourceId,
      documentId: document.documentId,
      ordinal: chunk.ordinal,
      headingPath: chunk.headingPath,
      anchor: chunk.anchor,
      content: chunk.content,
      searchText,
      language: document.language,
      tsConfig: sql`${document.tsConfig}::regconfig`,
      embedding,
      embeddingModel: document.modelId,
    })),
  );
}
