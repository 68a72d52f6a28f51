import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { knowledgeChunks, knowledgeSources } from "@/db/schema";
import { isAppError } from "@/server/errors";
import { addFileSource } from "@/server/knowledge";
import type { WorkspaceScope } from "@/server/workspaces";
import { buildBombDocx, buildDocx, buildEncryptedOfficeFile } from "../../support/fixtures/office";
import { buildPdf } from "../../support/fixtures/pdf";
import { createTestDb } from "../../support/db";
import { crawlDeps, runCrawl, workspaceScope } from "../knowledge-crawl/crawl-harness";

const options = { maxBytes: 2_000_000, canTranscribe: false };
const file = (filename: string, bytes: Uint8Array, contentType: string | null = null) => ({ filename, bytes, contentType });

async function refusal(scope: WorkspaceScope, upload: ReturnType<typeof file>) {
  const error = await addFileSource(scope, upload, options).then(() => null, (caught: unknown) => caught);
  expect(isAppError(error)).toBe(true);
  return error as Error & { code: string };
}

describe("file uploads", () => {
  let handle: PgliteHandle;
  let scope: WorkspaceScope;
  beforeAll(async () => {
    handle = await createTestDb();
    scope = await workspaceScope(handle.db);
  });
  afterAll(() => handle.close());

  it("indexes good files and refuses bad ones one by one, leaving existing content untouched", async () => {
    const good = await addFileSource(scope, file("returns.pdf", buildPdf([["Returns are accepted within 30 days of delivery."]])), options);
    await runCrawl(scope, crawlDeps([]), good.source.id);
    const chunksBefore = await handle.db.select({ n: count() }).from(knowledgeChunks);

    const cases: [ReturnType<typeof file>, string, RegExp][] = [
      [file("empty.txt", new Uint8Array()), "INVALID", /empty/],
      [file("corrupt.pdf", new TextEncoder().encode("%PDF-1.7 this is not really a pdf")), "INVALID", /corrupt\.pdf/],
      [file("locked.docx", buildEncryptedOfficeFile()), "INVALID", /password-protected/],
      [file("bomb.docx", buildBombDocx(300)), "INVALID", /bomb\.docx/],
      [file("huge.txt", new Uint8Array(2_000_001).fill(65)), "TOO_LARGE", /over the 1\.9 MB limit/],
      [file("movie.mp4", new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112])), "INVALID", /transcription model.*OPENAI_API_KEY/],
      [file("setup.exe", new Uint8Array([77, 90])), "INVALID", /not a supported file type/],
    ];
    for (const [upload, code, message] of cases) {
      const error = await refusal(scope, upload);
      expect(error.code, upload.filename).toBe(code);
      expect(error.message, upload.filename).toMatch(message);
    }
    const sources = await handle.db.select().from(knowledgeSources).where(eq(knowledgeSources.workspaceId, scope.workspaceId));
    expect(sources.map((source) => source.name)).toEqual(["returns.pdf"]);
    expect(await handle.db.select({ n: count() }).from(knowledgeChunks)).toEqual(chunksBefore);
  });

  it("recognises a duplicate upload, whatever its name", async () => {
    const bytes = buildDocx([{ heading: "Shipping" }, { paragraph: "We ship to every country in the EU." }]);
    await addFileSource(scope, file("shipping.docx", bytes), options);
    const error = await refusal(scope, file("shipping (copy).docx", bytes));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("“shipping (copy).docx” is already in your knowledge as “shipping.docx”.");
  });
});
