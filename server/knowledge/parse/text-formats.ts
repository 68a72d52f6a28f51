import { convertCsv } from "./csv";
import { invalidFile } from "./file-errors";
import { extensionOf } from "./formats";
import { htmlToMarkdown } from "./html";
import { convertJson } from "./json";
import { convertRst } from "./rst";
import { decodeText } from "./text-decode";
import { cleanTitle, firstMarkdownHeading, titleFromFilename } from "./title";
import type { FormatInput, ParsedDocument } from "./types";
import { convertXml } from "./xml";

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/;

function requireText(filename: string, markdown: string): string {
  const trimmed = markdown.trim();
  if (!trimmed) throw invalidFile(filename, "contains no text.");
  return trimmed;
}

/** YAML front matter is metadata for site generators, not content; its `title:` is the best title there is. */
export function parseMarkdown({ filename, bytes }: FormatInput): ParsedDocument {
  const { text } = decodeText(filename, bytes);
  const frontMatter = FRONT_MATTER.exec(text);
  const body = frontMatter ? text.slice(frontMatter[0].length) : text;
  const declaredTitle = frontMatter ? /^title:\s*["']?(.+?)["']?\s*$/m.exec(frontMatter[1] ?? "")?.[1] : undefined;
  const markdown = requireText(filename, body);
  const title = cleanTitle(declaredTitle) ?? firstMarkdownHeading(markdown) ?? titleFromFilename(filename);
  return { title, markdown, format: "markdown" };
}

export function parseRst({ filename, bytes }: FormatInput): ParsedDocument {
  const markdown = requireText(filename, convertRst(decodeText(filename, bytes).text));
  return { title: firstMarkdownHeading(markdown) ?? titleFromFilename(filename), markdown, format: "rst" };
}

/** Config files are fenced: their `# comment` lines would otherwise read as markdown headings. */
export function parsePlainText({ filename, bytes }: FormatInput): ParsedDocument {
  const text = requireText(filename, decodeText(filename, bytes).text);
  const isConfig = ["cfg", "conf"].includes(extensionOf(filename));
  const fence = text.includes("```") ? "~~~~" : "```";
  const markdown = isConfig ? `${fence}ini\n${text}\n${fence}` : text;
  return { title: titleFromFilename(filename), markdown, format: "text" };
}

export function parseCsv({ filename, bytes }: FormatInput): ParsedDocument {
  const markdown = requireText(filename, convertCsv(decodeText(filename, bytes).text));
  return { title: titleFromFilename(filename), markdown, format: "csv" };
}

export function parseJson({ filename, bytes }: FormatInput): ParsedDocument {
  const { text } = decodeText(filename, bytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : "";
    throw invalidFile(filename, `is not valid JSON${detail}.`, error);
  }
  const markdown = requireText(filename, convertJson(value));
  return { title: titleFromFilename(filename), markdown, format: "json" };
}

export function parseXml({ filename, bytes }: FormatInput): ParsedDocument {
  const { text } = decodeText(filename, bytes);
  if (/^\s*(<\?xml[^>]*>\s*)?(<!DOCTYPE html|<html[\s>])/i.test(text)) {
    return parseHtml({ filename, bytes, maxBytes: bytes.length });
  }
  const markdown = requireText(filename, convertXml(filename, text));
  return { title: titleFromFilename(filename), markdown, format: "xml" };
}

export function parseHtml({ filename, bytes }: FormatInput): ParsedDocument {
  const { text } = decodeText(filename, bytes);
  const page = htmlToMarkdown(text);
  const markdown = requireText(filename, page.markdown);
  return { title: cleanTitle(page.title) ?? titleFromFilename(filename), markdown, format: "html" };
}
