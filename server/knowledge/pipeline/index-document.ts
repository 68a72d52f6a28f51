import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { knowledgeChunks, knowledgeDocuments, knowledgeRedactions } from "@/db/schema";
import type { Embedder } from "@/server/ai";
import { AppError } from "../../errors";
import type { WorkspaceScope } from "../../workspaces";
import { chunkEmbeddingText, chunkMarkdown } from "../chunk";
import { replaceDocumentChunks } from "../index-store/chunks";
import { ensureVectorIndex } from "../index-store/vector-index";
import { detectLanguage, textSearchConfig } from "../language";
import { redactDocument } from "./redact-document";

/** Bump when chunking changes, so unchanged content is still re-chunked once. */
const PIPELINE_VERSION = "1";

export interface IndexDeps {
  embedder: Embedder;
}

export interface DocumentContent {
  documentId: string;
  sourceId: string;
  title: string;
  markdown: string;
  /** A declared language (`<html lang>`, an article's setting); detection decides when absent or unreliable. */
  languageHint?: string | null;
  rejectSensitive: boolean;
}

export type IndexOutcome = { state: "indexed" | "unchanged"; chunks: number; embedded: number; language: string | null };

export function contentHash(title: string, markdown: string): string {
  return createHash("sha256").update(`${PIPELINE_VERSION}\n${title}\n${markdown}`).digest("hex");
}

/**
 * redact → language → chunks → embeddings → index, for one document. Content that has not changed
 * since it was indexed with the current model is left alone, so a resync re-embeds nothing.
 */
export async function indexDocument(scope: WorkspaceScope, deps: IndexDeps, input: DocumentContent): Promise<IndexOutcome> {
  const { title, markdown, records } = redactDocument(input);
  const hash = contentHash(title, markdown);
  const [current] = await scope.db
    .select({ contentHash: knowledgeDocuments.contentHash, language: knowledgeDocuments.language, model: knowledgeChunks.embeddingModel })
    .from(knowledgeDocuments)
    .leftJoin(knowledgeChunks, and(eq(knowledgeChunks.documentId, knowledgeDocuments.id), eq(knowledgeChunks.ordinal, 0)))
    .where(and(eq(knowledgeDocuments.id, input.documentId), eq(knowledgeDocuments.workspaceId, scope.workspaceId)));
  if (!current) throw new AppError("NOT_FOUND", "Document not found.");
  if (current.contentHash === hash && current.model === deps.embedder.id) {
    await scope.db.update(knowledgeDocuments).set({ state: "unchanged", error: null }).where(eq(knowledgeDocuments.id, input.documentId));
    return { state: "unchanged", chunks: 0, embedded: 0, language: current.language };
  }

  const language = await detectLanguage(`${title}\n${markdown}`.slice(0, 4_000), { hint: input.languageHint });
  const chunks = chunkMarkdown(markdown, { title });
  if (chunks.length === 0) throw new AppError("INVALID", "There is no text to index.");
  const searchTexts = chunks.map((chunk) => chunkEmbeddingText(chunk, title));
  const embeddings = await deps.embedder.embed(searchTexts, { language });
  await ensureVectorIndex(scope.db, deps.embedder);

  await scope.db.transaction(async (tx) => {
    await replaceDocumentChunks(
      tx,
      {
        workspaceId: scope.workspaceId,
        sourceId: input.sourceId,
        documentId: input.documentId,
        language,
        tsConfig: textSearchConfig(language),
        modelId: deps.embedder.id,
      },
      chunks.map((chunk, i) => ({ chunk, searchText: searchTexts[i]!, embedding: embeddings[i]! })),
    );
    // Content redacted earlier (at upload or save) arrives clean; keep the records made then.
    if (records.length) {
      await tx.delete(knowledgeRedactions).where(eq(knowledgeRedactions.documentId, input.documentId));
      await tx.insert(knowledgeRedactions).values(
        records.map((record) => ({ ...record, workspaceId: scope.workspaceId, sourceId: input.sourceId, documentId: input.documentId })),
      );
    }
    await tx
      .update(knowledgeDocuments)
      .set({ title, markdown, contentHash: hash, language, state: "indexed", error: null, indexedAt: new Date() })
      .where(eq(knowledgeDocuments.id, input.documentId));
  });
  return { state: "indexed", chunks: chunks.length, embedded: chunks.length, language };
}
