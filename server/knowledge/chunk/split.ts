import type { BodyBlock } from "./blocks";

/**
 * A piece of a section's body that is never cut further: a paragraph, a sentence, a group of
 * table rows or a code block. Prose units are verbatim slices of the source, so a suffix of one
 * can be located exactly (for overlap offsets).
 */
export type Unit = {
  text: string;
  start: number;
  end: number;
  block: number;
  kind: "prose" | "fence" | "table" | "heading";
};

/** A code block is kept whole up to this many times maxChars; beyond it, it is cut between lines. */
const FENCE_LIMIT_FACTOR = 3;
const sentenceEnd = /[.!?…。！？]["'”’»)\]]*\s+|\n+/g;

function trimmedUnit(source: string, start: number, end: number, block: number): Unit | null {
  while (start < end && /\s/.test(source[start] as string)) start++;
  while (end > start && /\s/.test(source[end - 1] as string)) end--;
  return start < end ? { text: source.slice(start, end), start, end, block, kind: "prose" } : null;
}

/** Cuts an over-long run of text at whitespace, or anywhere if it has none. */
function cutAtWords(source: string, start: number, end: number, block: number, maxChars: number): Unit[] {
  const units: Unit[] = [];
  let position = start;
  while (end - position > maxChars) {
    let cut = source.lastIndexOf(" ", position + maxChars);
    if (cut <= position + maxChars / 2) cut = position + maxChars;
    const unit = trimmedUnit(source, position, cut, block);
    if (unit) units.push(unit);
    position = cut;
  }
  const rest = trimmedUnit(source, position, end, block);
  if (rest) units.push(rest);
  return units;
}

function splitProse(source: string, block: BodyBlock, index: number, maxChars: number): Unit[] {
  const units: Unit[] = [];
  let sentenceStart = block.start;
  const text = source.slice(block.start, block.end);
  const boundaries = [...text.matchAll(sentenceEnd)].map((match) => block.start + match.index + match[0].length);
  for (const boundary of [...boundaries, block.end]) {
    if (boundary <= sentenceStart) continue;
    if (boundary - sentenceStart > maxChars) units.push(...cutAtWords(source, sentenceStart, boundary, index, maxChars));
    else {
      const unit = trimmedUnit(source, sentenceStart, boundary, index);
      if (unit) units.push(unit);
    }
    sentenceStart = boundary;
  }
  return units;
}

type Row = { text: string; start: number; end: number };

function lineRows(source: string, block: BodyBlock): Row[] {
  const rows: Row[] = [];
  let start = block.start;
  for (const line of source.slice(block.start, block.end).split("\n")) {
    rows.push({ text: line, start, end: start + line.length });
    start += line.length + 1;
  }
  return rows;
}

/** Groups rows under maxChars, each group repeating the table's header so it stays readable. */
function splitTable(source: string, block: BodyBlock, index: number, maxChars: number): Unit[] {
  const rows = lineRows(source, block);
  const headerRows = rows.length > 1 && /^[\s|:-]+$/.test(rows[1]?.text ?? "") ? rows.slice(0, 2) : rows.slice(0, 1);
  const header = headerRows.map((row) => row.text).join("\n");
  const units: Unit[] = [];
  let group: Row[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const first = group[0] as Row;
    const body = group.map((row) => row.text).join("\n");
    const text = first.start === block.start ? body : `${header}\n${body}`;
    units.push({ text, start: first.start, end: (group[group.length - 1] as Row).end, block: index, kind: "table" });
    group = [];
  };
  let size = 0;
  for (const row of rows) {
    const rowSize = row.text.length + 1;
    if (group.length > 0 && size + rowSize > maxChars - header.length - 1) {
      flush();
      size = 0;
    }
    group.push(row);
    size += rowSize;
  }
  flush();
  return units;
}

/** Cuts a huge code block between lines, re-opening and closing the fence in every piece. */
function splitFence(source: string, block: BodyBlock, index: number, maxChars: number): Unit[] {
  const rows = lineRows(source, block);
  const opening = rows[0]?.text ?? "```";
  const marker = /^\s*(`{3,}|~{3,})/.exec(opening)?.[1] ?? "```";
  const last = rows[rows.length - 1];
  const closed = rows.length > 1 && last !== undefined && last.text.trim().startsWith(marker);
  const body = rows.slice(1, closed ? -1 : undefined);
  const units: Unit[] = [];
  let group: Row[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const text = `${opening}\n${group.map((row) => row.text).join("\n")}\n${marker}`;
    const first = group[0] as Row;
    units.push({ text, start: first.start, end: (group[group.length - 1] as Row).end, block: index, kind: "fence" });
    group = [];
  };
  let size = opening.length + marker.length + 2;
  for (const row of body) {
    if (group.length > 0 && size + row.text.length + 1 > maxChars) {
      flush();
      size = opening.length + marker.length + 2;
    }
    group.push(row);
    size += row.text.length + 1;
  }
  flush();
  return units;
}

export function splitBlock(source: string, block: BodyBlock, index: number, maxChars: number): Unit[] {
  const length = block.end - block.start;
  if (block.kind === "fence") {
    if (length <= maxChars * FENCE_LIMIT_FACTOR) {
      return [{ text: source.slice(block.start, block.end), start: block.start, end: block.end, block: index, kind: "fence" }];
    }
    return splitFence(source, block, index, maxChars);
  }
  if (length <= maxChars) {
    const text = source.slice(block.start, block.end);
    return [{ text, start: block.start, end: block.end, block: index, kind: block.kind === "table" ? "table" : "prose" }];
  }
  return block.kind === "table" ? splitTable(source, block, index, maxChars) : splitProse(source, block, index, maxChars);
}
