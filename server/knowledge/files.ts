import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { knowledgeDocuments, knowledgeFiles, knowledgeRedactions, knowledgeSources } from "@/db/schema";
import { AppError } from "../errors";
import { lockWorkspaceRow, type WorkspaceScope } from "../workspaces";
import { parseDocument, SUPPORTED_EXTENSIONS, TRANSCRIPTION_NOT_CONFIGURED } from "./parse";
import { resolveParserKind } from "./parse/formats";
import { redactDocument } from "./pipeline/redact-document";
import { assertStorageRoom } from "./quotas";
import { startSync } from "./sources/runs";

export interface UploadedFile {
  filename: string;
  contentType: string | null;
  bytes: Uint8Array;
}

export interface UploadOptions {
  maxBytes: number;
  canTranscribe: boolean;
  rejectSensitive?: boolean;
}

const formatMb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Type, size, emptiness, transcription for media, and duplicates: each problem names the file. */
async function checkUpload(scope: WorkspaceScope, file: UploadedFile, options: UploadOptions, sha256: string) {
  const kind = resolveParserKind(file.filename, file.contentType ?? undefined);
  if (!kind) throw new AppError("INVALID", `“${file.filename}” is not a supported file type. Supported: ${SUPPORTED_EXTENSIONS.join(" ")}.`);
  if (file.bytes.length === 0) throw new AppError("INVALID", `“${file.filename}” is empty.`);
  if (file.bytes.length > options.maxBytes) {
    throw new AppError("TOO_LARGE", `“${file.filename}” is ${formatMb(file.bytes.length)}, over the ${formatMb(options.maxBytes)} limit.`);
  }
  if (kind === "media" && !options.canTranscribe) throw new AppError("INVALID", `“${file.filename}”: ${TRANSCRIPTION_NOT_CONFIGURED}`);
  const [duplicate] = await scope.db
    .select({ name: knowledgeSources.name })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, scope.workspaceId), eq(knowledgeSources.kind, "file"), sql`${knowledgeSources.config}->>'sha256' = ${sha256}`));
  if (duplicate) throw new AppError("CONFLICT", `“${file.filename}” is already in your knowledge as “${duplicate.name}”.`);
  return kind;
}

/**
 * Adds an uploaded file as a source. Documents are parsed and redacted right here, so the raw file
 * (and any card number in it) is never stored: only redacted markdown reaches the database, and the
 * sync job chunks and embeds it. Video and audio wait for transcription in the job; their bytes are
 * kept only until then.
 */
export async function addFileSource(scope: WorkspaceScope, file: UploadedFile, options: UploadOptions) {
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const kind = await checkUpload(scope, file, options, sha256);
  const parsed =
    kind === "media"
      ? null
      : await parseDocument({ filename: file.filename, bytes: file.bytes, contentType: file.contentType ?? undefined, maxBytes: options.maxBytes });
  const redacted = parsed ? redactDocument({ ...parsed, rejectSensitive: options.rejectSensitive ?? false }) : null;

  const source = await scope.db.transaction(async (tx) => {
    await lockWorkspaceRow({ ...scope, db: tx });
    await assertStorageRoom(tx, scope.workspaceId, file.filename, file.bytes.length);
    const [created] = await tx
      .insert(knowledgeSources)
      .values({
        workspaceId: scope.workspaceId,
        kind: "file",
        name: file.filename,
        config: { filename: file.filename, contentType: file.contentType, size: file.bytes.length, sha256, format: parsed?.format ?? "media" },
        rejectSensitive: options.rejectSensitive ?? false,
        createdBy: scope.actorId ?? null,
      })
      .returning();
    const [document] = await tx
      .insert(knowledgeDocuments)
      .values({ workspaceId: scope.workspaceId, sourceId: created!.id, key: "file", title: redacted?.title ?? file.filename, markdown: redacted?.markdown ?? null })
      .returning({ id: knowledgeDocuments.id });
    if (redacted?.records.length) {
      await tx
        .insert(knowledgeRedactions)
        .values(redacted.records.map((record) => ({ ...record, workspaceId: scope.workspaceId, sourceId: created!.id, documentId: document!.id })));
    }
    if (!parsed) {
      await tx.insert(knowledgeFiles).values({
        sourceId: created!.id,
        workspaceId: scope.workspaceId,
        filename: file.filename,
        contentType: file.contentType,
        size: file.bytes.length,
        sha256,
        bytes: file.bytes,
      });
    }
    return created!;
  });
  const { run, event } = await startSync(scope, source.id);
  return { source, run, event, redactions: redacted?.records.length ?? 0 };
}
