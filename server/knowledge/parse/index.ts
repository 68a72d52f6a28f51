import { parseDocx } from "./docx";
import { formatSize, invalidFile, tooLargeFile } from "./file-errors";
import { resolveParserKind, SUPPORTED_EXTENSIONS, type ParserKind } from "./formats";
import { parseMedia } from "./media";
import { parsePdf } from "./pdf";
import { parsePptx } from "./pptx";
import { parseCsv, parseHtml, parseJson, parseMarkdown, parsePlainText, parseRst, parseXml } from "./text-formats";
import type { FormatInput, ParseDocumentInput, ParsedDocument } from "./types";

export { htmlToMarkdown, type HtmlConversion, type HreflangAlternate } from "./html";
export { SUPPORTED_EXTENSIONS } from "./formats";
export { TRANSCRIPTION_NOT_CONFIGURED } from "./media";
export type { DocumentFormat, ParseDocumentInput, ParsedDocument, Transcribe } from "./types";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

type FormatParser = (input: FormatInput) => ParsedDocument | Promise<ParsedDocument>;

const parsers: Record<Exclude<ParserKind, "media">, FormatParser> = {
  pdf: parsePdf,
  docx: parseDocx,
  pptx: parsePptx,
  html: parseHtml,
  markdown: parseMarkdown,
  rst: parseRst,
  text: parsePlainText,
  csv: parseCsv,
  json: parseJson,
  xml: parseXml,
};

/**
 * Turns an uploaded file into markdown for the knowledge index. Every refusal is an AppError
 * (INVALID or TOO_LARGE) whose message names the file and says what to do about it.
 */
export async function parseDocument(input: ParseDocumentInput): Promise<ParsedDocument> {
  const { filename, bytes, contentType, transcribe } = input;
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;

  const kind = resolveParserKind(filename, contentType);
  if (!kind) {
    throw invalidFile(filename, `is not a supported file type. Supported types: ${SUPPORTED_EXTENSIONS.join(" ")}.`);
  }
  if (bytes.length > maxBytes) {
    throw tooLargeFile(filename, `is ${formatSize(bytes.length)}, larger than the ${formatSize(maxBytes)} limit.`);
  }
  if (bytes.length === 0) throw invalidFile(filename, "is empty.");

  if (kind === "media") return parseMedia({ filename, bytes, contentType, transcribe });
  return parsers[kind]({ filename, bytes, maxBytes });
}
