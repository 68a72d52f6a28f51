/**
 * Citation markers in a reply, shared by the widget and the dashboard's preview (both render the
 * same `[n]` markers). Plain TypeScript with no imports, so the widget bundle stays small and the
 * dashboard may import it like `widget/protocol.ts`.
 */

export type TextSegment<Source> = { kind: "text"; text: string } | { kind: "citation"; source: Source };

/**
 * Splits an answer into plain text and citation markers `[n]` that match one of its sources.
 * Markers without a matching source stay text, so a stray "[3]" in prose is never a dead link.
 */
export function splitCitations<Source extends { n: number }>(text: string, sources: readonly Source[]): TextSegment<Source>[] {
  const byNumber = new Map(sources.map((source) => [source.n, source]));
  const segments: TextSegment<Source>[] = [];
  let buffer = "";
  let last = 0;
  // exec loop rather than matchAll: the widget bundle targets ES2019 browsers.
  const marker = /\[(\d{1,3})\]/g;
  for (let match = marker.exec(text); match; match = marker.exec(text)) {
    const source = byNumber.get(Number(match[1]));
    if (!source) continue;
    buffer += text.slice(last, match.index);
    if (buffer) segments.push({ kind: "text", text: buffer });
    buffer = "";
    segments.push({ kind: "citation", source });
    last = match.index + match[0].length;
  }
  buffer += text.slice(last);
  if (buffer) segments.push({ kind: "text", text: buffer });
  return segments;
}

/** Only web links may become anchors: a `javascript:` or `data:` URL from a source is dropped. */
export function toSafeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
