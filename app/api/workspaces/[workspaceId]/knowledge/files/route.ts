import { getDb } from "@/db/client";
import { sendEvents } from "@/inngest/send";
import { getSessionUser } from "@/server/auth";
import { AppError, errorResponse, isAppError } from "@/server/errors";
import { addFileSource, canTranscribe, maxUploadBytes } from "@/server/knowledge";
import { authorizeWorkspace } from "@/server/workspaces";

/** The most files one request may carry; each is checked on its own. */
const MAX_FILES = 20;

/**
 * Upload one or more files as knowledge sources (multipart field `files`). Each file gets its own
 * result: a bad file is reported and skipped without affecting the others.
 */
export async function POST(request: Request, { params }: { params: Promise<{ workspaceId: string }> }) {
  try {
    const db = await getDb();
    const user = await getSessionUser();
    const scope = await authorizeWorkspace(db, { userId: user?.id, workspaceId: (await params).workspaceId, permission: "knowledge.manage" });
    const maxBytes = maxUploadBytes();
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > maxBytes * MAX_FILES + 1_000_000) throw new AppError("TOO_LARGE", `Upload at most ${MAX_FILES} files of up to ${maxBytes / 1024 / 1024} MB each at a time.`);
    const form = await request.formData().catch(() => {
      throw new AppError("INVALID", "Send the files as multipart/form-data in the field “files”.");
    });
    const files = form.getAll("files").filter((entry): entry is File => typeof entry !== "string");
    if (files.length === 0) throw new AppError("INVALID", "No files were attached.");
    if (files.length > MAX_FILES) throw new AppError("INVALID", `Upload at most ${MAX_FILES} files at a time.`);
    const rejectSensitive = form.get("rejectSensitive") === "true";

    const results = [];
    for (const file of files) {
      try {
        const { source, event, redactions } = await addFileSource(
          scope,
          { filename: file.name, contentType: file.type || null, bytes: new Uint8Array(await file.arrayBuffer()) },
          { maxBytes, canTranscribe: canTranscribe(), rejectSensitive },
        );
        await sendEvents(event);
        results.push({ filename: file.name, ok: true as const, sourceId: source.id, redactions });
      } catch (error) {
        if (!isAppError(error)) throw error;
        results.push({ filename: file.name, ok: false as const, error: error.message, code: error.code });
      }
    }
    const anyOk = results.some((result) => result.ok);
    return Response.json({ results }, { status: anyOk ? 201 : 422 });
  } catch (error) {
    return errorResponse(error, "knowledge/files");
  }
}
