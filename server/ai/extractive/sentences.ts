/**
 * A passage as quotable units: whole sentences of its paragraphs, and list items kept as list
 * items. Markdown residue (escapes, emphasis, link targets, heading marks, table pipes) goes; the
 * words stay. Lines of one paragraph are joined first, so a sentence broken by a link or a line
 * wrap is quoted whole, never as a fragment.
 */
export interface Unit {
  text: string;
  /** Position in the passage, so quotes keep the source's order. */
  index: number;
  /** The list this item belongs to (-1: running text). */
  list: number;
  /** Running text that introduces the list that follows it ("To upload a file:"). */
  introduces: boolean;
}

const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+/;

/** Inline markdown to plain text. */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<(https?:[^>]+)>/g, "$1")
    .replace(/\{#[^}]+\}/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\s*\|\s*/g, " ")
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** A short unpunctuated line before one that starts a sentence is a heading written as plain text. */
function looksLikeHeading(line: string, next: string): boolean {
  return Boolean(line) && !LIST_ITEM.test(line) && !/[.!?…:;,]$/.test(line) && line.split(/\s+/).length <= 10 && /^\p{Lu}/u.test(next);
}

/** Headings, labels and questions are not answers: a quotable sentence ends like one, or is long enough to be one. */
function isQuotable(text: string, listItem: boolean): boolean {
  const words = text.split(/\s+/).length;
  if (/[?？]$/.test(text)) return false;
  if (listItem || text.endsWith(":")) return words >= 2;
  return words >= 4 && (/[.!?…:;)"”]$/.test(text) || words >= 9);
}

export function splitUnits(markdown: string, language: string | null): Unit[] {
  const segmenter = new Intl.Segmenter(language ?? undefined, { granularity: "sentence" });
  const units: Unit[] = [];
  let paragraph: string[] = [];
  let list = -1;
  let lists = 0;
  const flush = () => {
    const text = plainInline(paragraph.join(" "));
    paragraph = [];
    if (!text) return;
    for (const segment of segmenter.segment(text)) {
      const sentence = segment.segment.trim();
      if (isQuotable(sentence, false)) units.push({ text: sentence, index: units.length, list: -1, introduces: false });
    }
  };
  const lines = markdown.split("\n");
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    const heading = /^#{1,6}\s/.test(trimmed) || looksLikeHeading(trimmed, lines[i + 1]?.trim() ?? "");
    const tableRule = /^\|?[\s:|-]+\|?$/.test(trimmed) && trimmed.includes("-");
    if (!trimmed || heading || tableRule) {
      flush();
      if (heading || (!trimmed && list !== -1)) list = -1;
      return;
    }
    if (LIST_ITEM.test(trimmed)) {
      flush();
      if (list === -1) {
        list = lists++;
        const previous = units.at(-1);
        if (previous && previous.list === -1 && previous.text.endsWith(":")) previous.introduces = true;
      }
      const text = plainInline(trimmed.replace(LIST_ITEM, ""));
      if (isQuotable(text, true)) units.push({ text, index: units.length, list, introduces: false });
      return;
    }
    if (list !== -1 && /^\s{2,}/.test(line)) {
      const last = units.at(-1);
      if (last && last.list === list) last.text = plainInline(`${last.text} ${trimmed}`);
      return;
    }
    list = -1;
    paragraph.push(trimmed);
  });
  flush();
  return units;
}
