import { getDb } from "@/db/client";
import { getSessionUser } from "@/server/auth";
import { AppError, isAppError } from "@/server/errors";
import { appEvents } from "@/server/events";
import { assertSameOrigin, readFormBody, routeHandler } from "@/server/http";
import { addFileSource, canTranscribe, maxUploadBytes } from "@/server/knowledge";
import { authorizeWorkspace } from "@/server/workspaces";

/** The most files one request may carry; each is checked on its own. */
const MAX_FILES = 20;
/** Room for the multipart framing around the file bytes. */
const FORM_OVERHEAD_BYTES = 256 * 1024;

type Context = { params: Promise<{ workspaceId: string }> };

/**
 * Upload files as knowledge sources (multipart field `files`). The request as a whole holds at most
 * one largest-allowed file's bytes in memory (the dashboard sends one file per request); each file
 * gets its own result, so a bad file is reported and skipped without affecting the others.
 */
export const POST = routeHandler<Context>("knowledge/files", async (request, { params }) => {
  assertSameOrigin(request);
  const db = await getDb();
  const user = await getSessionUser();
  const scope = await authorizeWorkspace(db, { userId: user?.id, workspaceId: (await params).workspaceId, permission: "knowledge.manage" });
  const maxBytes = maxUploadBytes();
  const form = await readFormBody(request, maxBytes + FORM_OVERHEAD_BYTES).catch((error: unknown) => {
    if (isAppError(error) && error.code === "TOO_LARGE") throw new AppError("TOO_LARGE", `Upload files of up to ${maxBytes / 1024 / 1024} MB, one at a time.`);
    throw error;
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
      await appEvents.send(event);
      results.push({ filename: file.name, ok: true as const, sourceId: source.id, redactions });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({ filename: file.name, ok: false as const, error: error.message, code: error.code });
    }
  }
  const anyOk = results.some((result) => result.ok);
  return Response.json({ results }, { status: anyOk ? 201 : 422 });
});
