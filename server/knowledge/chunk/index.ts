import { scanBlocks, type HeadingBlock } from "./blocks";
import { joinUnits, measureUnits, packUnits } from "./pack";
import { splitBlock, type Unit } from "./split";

export type Chunk = {
  ordinal: number;
  /** Headings above the chunk, outermost first; a top heading that repeats the title is left out. */
  headingPath: string[];
  /** The `{#anchor}` of the chunk's heading, or of its nearest ancestor that has one. */
  anchor: string | null;
  content: string;
  /**
   * The span of the source the chunk covers (UTF-16 offsets into the Markdown as given, CRLF
   * included). `content` is derived from it, not equal to it: heading anchors are stripped and
   * split tables repeat their header row.
   */
  charStart: number;
  charEnd: number;
};

export type ChunkMarkdownOptions = {
  title: string;
  /** Longest chunk, in characters (a code block may exceed it rather than be cut). */
  maxChars?: number;
  /** Characters of the previous piece repeated when a section is split. */
  overlapChars?: number;
  /** Sections shorter than this merge into a neighbouring sibling or child when no anchor is lost. */
  minChars?: number;
};

/** Chosen with tests/lab/embedder-lab.ts: see the figures there. */
export const DEFAULT_MAX_CHARS = 800;
export const DEFAULT_OVERLAP_CHARS = 120;
export const DEFAULT_MIN_CHARS = 250;

type Section = {
  fullPath: string[];
  path: string[];
  ownAnchor: string | null;
  anchor: string | null;
  heading: HeadingBlock | null;
  units: Unit[];
  headingOnly: boolean;
};

type Draft = { fullPath: string[]; path: string[]; anchor: string | null; units: Unit[]; size: number };

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((part, index) => path[index] === part);
}

function buildSections(source: string, title: string, maxChars: number): Section[] {
  const sections: Section[] = [];
  const stack: HeadingBlock[] = [];
  let current: Section | null = null;
  scanBlocks(source).forEach((block, index) => {
    if (block.kind !== "heading") {
      if (!current) {
        current = { fullPath: [], path: [], ownAnchor: null, anchor: null, heading: null, units: [], headingOnly: false };
        sections.push(current);
      }
      current.units.push(...splitBlock(source, block, index, maxChars));
      return;
    }
    while (stack.length > 0 && (stack[stack.length - 1] as HeadingBlock).level >= block.level) stack.pop();
    stack.push(block);
    const fullPath = stack.map((heading) => heading.text);
    const path = fullPath.length > 0 && sameText(fullPath[0] as string, title) ? fullPath.slice(1) : fullPath;
    const inherited = [...stack].reverse().find((heading) => heading.anchor !== null)?.anchor ?? null;
    current = { fullPath, path, ownAnchor: block.anchor, anchor: inherited, heading: block, units: [], headingOnly: false };
    sections.push(current);
  });
  return sections.filter((section, index) => {
    if (section.units.length > 0) return true;
    const next = sections[index + 1];
    // An empty heading whose content lives in its subsections: they inherit its anchor.
    if (next && next.fullPath.length > section.fullPath.length && isPrefix(section.fullPath, next.fullPath)) return false;
    const heading = section.heading;
    if (!heading || heading.text === "") return false;
    section.units = [{ text: heading.text, start: heading.start, end: heading.end, block: -1 - heading.start, kind: "prose" }];
    section.headingOnly = true;
    return true;
  });
}

function headingUnit(section: Section): Unit[] {
  const heading = section.heading;
  if (!heading || heading.text === "") return [];
  const text = `${"#".repeat(heading.level)} ${heading.text}`;
  return [{ text, start: heading.start, end: heading.end, block: -1 - heading.start, kind: "heading" }];
}

function canMerge(draft: Draft, section: Section, size: number, minChars: number, maxChars: number): boolean {
  if (section.ownAnchor !== null) return false;
  const parent = section.fullPath.slice(0, -1);
  const siblingOrChild = sameList(parent, draft.fullPath.slice(0, -1)) || sameList(parent, draft.fullPath);
  if (!siblingOrChild) return false;
  return Math.min(draft.size, size) < minChars && draft.size + size <= maxChars;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && isPrefix(a, b);
}

function normalizeNewlines(markdown: string): { text: string; toSource: (offset: number) => number } {
  const collapsed: number[] = [];
  let text = "";
  let from = 0;
  for (const match of markdown.matchAll(/\r\n?/g)) {
    text += `${markdown.slice(from, match.index)}\n`;
    if (match[0].length === 2) collapsed.push(text.length - 1);
    from = match.index + match[0].length;
  }
  text += markdown.slice(from);
  const toSource = (offset: number): number => {
    let low = 0;
    let high = collapsed.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((collapsed[middle] as number) < offset) low = middle + 1;
      else high = middle;
    }
    return offset + low;
  };
  return { text, toSource };
}

/**
 * Splits Markdown into section-aware chunks: a new chunk at every heading, long sections cut at
 * paragraph, then sentence, then word boundaries with a little overlap, tiny sections merged
 * with a sibling or child when that loses no anchor. Code blocks and table rows are never cut.
 */
export function chunkMarkdown(markdown: string, options: ChunkMarkdownOptions): Chunk[] {
  const maxChars = Math.max(200, options.maxChars ?? DEFAULT_MAX_CHARS);
  const overlapChars = Math.min(Math.max(0, options.overlapChars ?? DEFAULT_OVERLAP_CHARS), Math.floor(maxChars / 4));
  const minChars = options.minChars ?? DEFAULT_MIN_CHARS;
  const { text: source, toSource } = normalizeNewlines(markdown);

  const drafts: Draft[] = [];
  for (const section of buildSections(source, options.title, maxChars)) {
    const pieces = packUnits(source, section.units, maxChars, overlapChars);
    const previous = drafts[drafts.length - 1];
    const merged = section.headingOnly ? headingUnit(section) : [...headingUnit(section), ...section.units];
    const mergedSize = measureUnits(source, merged) + 2;
    if (previous && pieces.length === 1 && canMerge(previous, section, mergedSize, minChars, maxChars)) {
      previous.units.push(...merged);
      previous.size += mergedSize;
      continue;
    }
    for (const units of pieces) {
      drafts.push({
        fullPath: section.fullPath,
        path: section.path,
        anchor: section.anchor,
        units,
        size: measureUnits(source, units),
      });
    }
  }

  return drafts.map((draft, ordinal) => ({
    ordinal,
    headingPath: draft.path,
    anchor: draft.anchor,
    content: joinUnits(source, draft.units),
    charStart: toSource(Math.min(...draft.units.map((unit) => unit.start))),
    charEnd: toSource(Math.max(...draft.units.map((unit) => unit.end))),
  }));
}

/** What gets embedded and full-text indexed: title, heading path, then the chunk's content. */
export function chunkEmbeddingText(chunk: Pick<Chunk, "headingPath" | "content">, title: string): string {
  const lines: string[] = [];
  const cleanTitle = title.trim();
  if (cleanTitle) lines.push(cleanTitle);
  const path = chunk.headingPath.filter((heading, index) => index > 0 || !sameText(heading, cleanTitle));
  if (path.length > 0) lines.push(path.join(" > "));
  return lines.length > 0 ? `${lines.join("\n")}\n\n${chunk.content}` : chunk.content;
}
