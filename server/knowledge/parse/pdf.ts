import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { corruptFile, invalidFile } from "./file-errors";
import { cleanTitle, titleFromFilename } from "./title";
import type { FormatInput, ParsedDocument } from "./types";

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** Titles that authoring tools write on their own say nothing about the content. */
const GENERATED_TITLE = /^(untitled|microsoft (word|powerpoint) - |document\d*$|\S+\.(docx?|pptx?|pdf|indd)$)/i;

function hasPdfSignature(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

async function openPdf(filename: string, bytes: Uint8Array): Promise<PdfDocument> {
  try {
    // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    if (error instanceof Error && error.name === "PasswordException") {
      throw invalidFile(filename, "is password-protected. Remove the password and upload it again.", error);
    }
    throw corruptFile(filename, "a PDF", error);
  }
}

async function readTitle(pdf: PdfDocument): Promise<string | null> {
  try {
    const { info, metadata } = await getMeta(pdf);
    // unpdf hands back an empty object, not a Metadata instance, when the PDF has no XMP stream.
    const xmpTitle = typeof metadata?.get === "function" ? metadata.get("dc:title") : null;
    const candidates = [xmpTitle, (info as Record<string, unknown>).Title];
    for (const candidate of candidates) {
      const title = cleanTitle(candidate);
      if (title && !GENERATED_TITLE.test(title)) return title;
    }
  } catch {
    // Broken metadata is common and never worth failing the whole file for.
  }
  return null;
}

/** Joins words pdf.js split at a line-end hyphen and drops the spacing noise of positioned text. */
function cleanPageText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/(\p{Ll})-\n(\p{Ll})/gu, "$1$2")
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export async function parsePdf({ filename, bytes }: FormatInput): Promise<ParsedDocument> {
  if (!hasPdfSignature(bytes)) throw corruptFile(filename, "a PDF");
  const pdf = await openPdf(filename, bytes);
  try {
    let pages: string[];
    try {
      pages = (await extractText(pdf, { mergePages: false })).text;
    } catch (error) {
      throw corruptFile(filename, "a PDF", error);
    }
    const markdown = pages.map(cleanPageText).filter(Boolean).join("\n\n");
    if (!markdown) {
      throw invalidFile(
        filename,
        "contains no selectable text (it may be a scanned image). Run text recognition (OCR) on it and upload it again.",
      );
    }
    const title = (await readTitle(pdf)) ?? titleFromFilename(filename);
    return { title, markdown, format: "pdf" };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
