export type ParserKind =
  | "pdf"
  | "docx"
  | "pptx"
  | "html"
  | "markdown"
  | "rst"
  | "text"
  | "csv"
  | "json"
  | "xml"
  | "media";

const byExtension: Record<string, ParserKind> = {
  pdf: "pdf",
  docx: "docx",
  pptx: "pptx",
  html: "html",
  htm: "html",
  xhtml: "html",
  md: "markdown",
  markdown: "markdown",
  rst: "rst",
  txt: "text",
  text: "text",
  cfg: "text",
  conf: "text",
  csv: "csv",
  json: "json",
  xml: "xml",
  mp4: "media",
  mpg: "media",
  mpeg: "media",
  avi: "media",
  mov: "media",
  webm: "media",
  mp3: "media",
  wav: "media",
  m4a: "media",
};

const byContentType: Record<string, ParserKind> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/markdown": "markdown",
  "text/x-rst": "rst",
  "text/plain": "text",
  "text/csv": "csv",
  "application/json": "json",
  "application/xml": "xml",
  "text/xml": "xml",
};

const mediaTypes: Record<string, string> = {
  mp4: "video/mp4",
  mpg: "video/mpeg",
  mpeg: "video/mpeg",
  avi: "video/x-msvideo",
  mov: "video/quicktime",
  webm: "video/webm",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  m4a: "audio/mp4",
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(byExtension).map((ext) => `.${ext}`);

export function extensionOf(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The extension decides; the content type is a fallback for names without a known extension (URLs, pasted blobs). */
export function resolveParserKind(filename: string, contentType?: string): ParserKind | null {
  const fromExtension = byExtension[extensionOf(filename)];
  if (fromExtension) return fromExtension;
  const essence = contentType?.split(";")[0]?.trim().toLowerCase();
  if (!essence) return null;
  if (essence.startsWith("video/") || essence.startsWith("audio/")) return "media";
  return byContentType[essence] ?? null;
}

export function mediaTypeOf(filename: string, contentType?: string): string {
  const essence = contentType?.split(";")[0]?.trim().toLowerCase();
  if (essence && (essence.startsWith("video/") || essence.startsWith("audio/"))) return essence;
  return mediaTypes[extensionOf(filename)] ?? "application/octet-stream";
}
