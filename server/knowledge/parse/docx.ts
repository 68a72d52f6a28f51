import mammoth from "mammoth";
import { zipSync } from "fflate";
import { corruptFile, invalidFile } from "./file-errors";
import { convertHtmlFragment } from "./html-markdown";
import { assertOfficeZip } from "./office-container";
import { readCoreTitle } from "./office-metadata";
import { firstMarkdownHeading, titleFromFilename } from "./title";
import type { FormatInput, ParsedDocument } from "./types";
import { readZipEntries, zipLimitsFor } from "./zip-guard";

const KIND = "a Word document";

/** Only the XML parts carry text; media and embedded objects are left compressed and unread. */
function isTextPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name) && !/^word\/(media|embeddings)\//i.test(name);
}

const skipImages = mammoth.images.imgElement(async () => ({ src: "" }));

export async function parseDocx({ filename, bytes, maxBytes }: FormatInput): Promise<ParsedDocument> {
  assertOfficeZip(filename, bytes, "Word (.doc)");
  const parts = readZipEntries(filename, bytes, KIND, zipLimitsFor(maxBytes), isTextPart);
  if (!parts["word/document.xml"]) {
    throw invalidFile(filename, "is not a Word document (no document body found).");
  }
  // mammoth inflates with its own unzip, which trusts declared sizes: give it only the parts the guard allowed.
  const safeZip = zipSync(parts, { level: 0 });

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(safeZip.buffer, safeZip.byteOffset, safeZip.byteLength) },
      { convertImage: skipImages, externalFileAccess: false, ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (error) {
    throw corruptFile(filename, KIND, error);
  }

  const markdown = convertHtmlFragment(html);
  if (!markdown) throw invalidFile(filename, "contains no text.");
  const title = readCoreTitle(parts["docProps/core.xml"]) ?? firstMarkdownHeading(markdown) ?? titleFromFilename(filename);
  return { title, markdown, format: "docx" };
}
