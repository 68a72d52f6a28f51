import { and, eq } from "drizzle-orm";
import { knowledgeFiles } from "@/db/schema";
import { AppError } from "../../errors";
import { parseDocument } from "../parse";
import { indexDocument } from "../pipeline/index-document";
import { addToRun } from "../sources/runs";
import { enqueueDocuments, failDocument, markDocument, nextQueued } from "./queue";
import type { SourceSyncer, SyncContext } from "./types";

/** Video and audio: transcribe the held bytes, then drop them, whatever the outcome. */
async function transcribeHeldFile(context: SyncContext): Promise<{ title: string; markdown: string }> {
  const where = and(eq(knowledgeFiles.sourceId, context.source.id), eq(knowledgeFiles.workspaceId, context.scope.workspaceId));
  const [file] = await context.scope.db.select().from(knowledgeFiles).where(where);
  if (!file) throw new AppError("NOT_FOUND", "The uploaded file is no longer available. Upload it again.");
  try {
    return await parseDocument({
      filename: file.filename,
      bytes: file.bytes,
      contentType: file.contentType ?? undefined,
      maxBytes: context.deps.maxFileBytes,
      transcribe: context.deps.transcribe,
    });
  } finally {
    await context.scope.db.delete(knowledgeFiles).where(where);
  }
}

/** A file source holds one document: parsed (and redacted) at upload, or transcribed here. */
export const fileSyncer: SourceSyncer = {
  async prepare(context) {
    await enqueueDocuments(context.scope.db, context.run, [{ key: "file" }]);
  },
  async batch(context) {
    const [document] = await nextQueued(context.scope.db, context.run, 1);
    if (!document) return { done: true };
    try {
      const content = document.markdown !== null ? { title: document.title, markdown: document.markdown } : await transcribeHeldFile(context);
      await markDocument(context.scope.db, document.id, { fetchedAt: new Date() });
      await addToRun(context.scope, context.run.id, { fetched: 1 });
      const outcome = await indexDocument(context.scope, context.deps, {
        documentId: document.id,
        sourceId: context.source.id,
        title: content.title,
        markdown: content.markdown,
        rejectSensitive: context.source.rejectSensitive,
      });
      await addToRun(context.scope, context.run.id, { [outcome.state]: 1, embedded: outcome.embedded });
    } catch (error) {
      await failDocument(context.scope, context.run.id, document.id, error);
    }
    return { done: true };
  },
};
