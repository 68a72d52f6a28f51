/**
 * Splits Markdown (LF line endings) into top-level blocks with their source offsets. Only the
 * structure the chunker needs is recognised: ATX and setext headings (with a pandoc-style
 * `{#anchor}`), fenced code, pipe tables and paragraphs (lists and quotes count as paragraphs).
 */
export type HeadingBlock = {
  kind: "heading";
  level: number;
  text: string;
  anchor: string | null;
  start: number;
  end: number;
};

export type BodyBlock = {
  kind: "paragraph" | "fence" | "table";
  start: number;
  end: number;
};

export type Block = HeadingBlock | BodyBlock;

type Line = { text: string; start: number; end: number };

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/;
const tableDelimiter = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const anchorAttribute = /[ \t]*\{#([^\s}]+)[^}]*\}[ \t]*$/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ text: text.slice(start, end), start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** Heading text without closing hashes or the `{#anchor}` attribute, and the anchor itself. */
export function parseHeadingText(raw: string): { text: string; anchor: string | null } {
  let text = raw.replace(/[ \t]+#+[ \t]*$/, "").replace(/^#+$/, "");
  let anchor: string | null = null;
  const match = anchorAttribute.exec(text);
  if (match) {
    anchor = match[1] ?? null;
    text = text.slice(0, match.index);
  }
  return { text: text.trim(), anchor };
}

function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === "";
}

function startsTable(lines: Line[], index: number): boolean {
  const line = lines[index];
  const next = lines[index + 1];
  if (!line || !line.text.includes("|")) return false;
  if (/^ {0,3}\|/.test(line.text)) return true;
  return next !== undefined && next.text.includes("-") && tableDelimiter.test(next.text);
}

function startsBlock(lines: Line[], index: number): boolean {
  const line = lines[index] as Line;
  return atxHeading.test(line.text) || fenceOpen.test(line.text) || startsTable(lines, index);
}

export function scanBlocks(markdown: string): Block[] {
  const lines = splitLines(markdown);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const heading = atxHeading.exec(line.text);
    if (heading) {
      const { text, anchor } = parseHeadingText(heading[2] ?? "");
      blocks.push({ kind: "heading", level: (heading[1] as string).length, text, anchor, start: line.start, end: line.end });
      i++;
      continue;
    }
    const fence = fenceOpen.exec(line.text);
    if (fence) {
      const marker = fence[1] as string;
      const closing = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`);
      let j = i + 1;
      while (j < lines.length && !closing.test((lines[j] as Line).text)) j++;
      const last = lines[Math.min(j, lines.length - 1)] as Line;
      blocks.push({ kind: "fence", start: line.start, end: last.end });
      i = j + 1;
      continue;
    }
    if (startsTable(lines, i)) {
      let j = i + 1;
      while (j < lines.length && !isBlank(lines[j]) && (lines[j] as Line).text.includes("|")) j++;
      blocks.push({ kind: "table", start: line.start, end: (lines[j - 1] as Line).end });
      i = j;
      continue;
    }
    const underline = lines[i + 1];
    if (underline && setextUnderline.test(underline.text) && line.text.trim().length > 0) {
      const { text, anchor } = parseHeadingText(line.text);
      const level = underline.text.trim().startsWith("=") ? 1 : 2;
      blocks.push({ kind: "heading", level, text, anchor, start: line.start, end: underline.end });
      i += 2;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && !isBlank(lines[j]) && !startsBlock(lines, j)) j++;
    blocks.push({ kind: "paragraph", start: line.start, end: (lines[j - 1] as Line).end });
    i = j;
  }
  return blocks;
}
