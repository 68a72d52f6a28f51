import type { GuardedResponse } from "../../../http";
import { htmlToMarkdown, parseDocument, type Transcribe } from "../../parse";

export type PageContent =
  | {
      kind: "page";
      title: string;
      markdown: string;
      language: string | null;
      canonicalUrl: string | null;
      /** Absolute URLs the page links to, language alternates included. */
      links: string[];
    }
  | { kind: "unsupported"; reason: string };

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/** Files a crawl may come across that are worth indexing, by media type, with the extension their parser knows. */
const DOCUMENT_TYPES: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
};

const EXTENSION_ALIASES: Record<string, string[]> = { md: ["md", "markdown"], txt: ["txt", "text"] };

function lastSegment(url: string): string {
  const path = new URL(url).pathname;
  const segment = path.slice(path.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** Servers often send files as octet-stream; the URL's extension then says what they are. */
function effectiveType(response: GuardedResponse): string | null {
  const type = response.contentType;
  if (type && type !== "application/octet-stream" && type !== "binary/octet-stream") return type;
  const extension = extensionOf(lastSegment(response.url));
  if (extension === "html" || extension === "htm") return "text/html";
  return Object.entries(DOCUMENT_TYPES).find(([, known]) => (EXTENSION_ALIASES[known] ?? [known]).includes(extension))?.[0] ?? type;
}

/** A file name for the parser that carries the extension of the type the server declared. */
export function fileNameFor(url: string, extension: string): string {
  const name = lastSegment(url) || "document";
  return (EXTENSION_ALIASES[extension] ?? [extension]).includes(extensionOf(name)) ? name : `${name}.${extension}`;
}

/** Turns a 2xx response into text for the index, or says why it is not something we index. */
export async function readPageContent(response: GuardedResponse, transcribe?: Transcribe): Promise<PageContent> {
  const type = effectiveType(response);
  if (type && HTML_TYPES.has(type)) {
    const page = htmlToMarkdown(response.text(), { url: response.url });
    return {
      kind: "page",
      title: page.title || lastSegment(response.url) || new URL(response.url).host,
      markdown: page.markdown,
      language: page.lang,
      canonicalUrl: page.canonicalUrl,
      links: [...page.links, ...page.alternates.map((alternate) => alternate.href)],
    };
  }
  const extension = type ? DOCUMENT_TYPES[type] : undefined;
  if (!extension) {
    return { kind: "unsupported", reason: `Not indexed: ${type ?? "content without a type"} is not a web page or a supported document.` };
  }
  const parsed = await parseDocument({
    filename: fileNameFor(response.url, extension),
    bytes: response.body,
    contentType: type ?? undefined,
    transcribe,
  });
  return { kind: "page", title: parsed.title, markdown: parsed.markdown, language: null, canonicalUrl: null, links: [] };
}
