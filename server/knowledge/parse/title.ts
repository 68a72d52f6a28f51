/** The filename without folders or extension, used when a document names no title of its own. */
export function titleFromFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  const dot = base.lastIndexOf(".");
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim();
  return stem || base || "Untitled";
}

/** The first ATX heading of a markdown text (any level), without a trailing `{#anchor}`. */
export function firstMarkdownHeading(markdown: string): string | null {
  const match = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(markdown);
  if (!match?.[1]) return null;
  const text = match[1].replace(/\s*\{#[^}]*\}\s*$/, "").trim();
  return text || null;
}

export function cleanTitle(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text || null;
}
