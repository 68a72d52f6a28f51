import type { PreviewSource, PreviewTrace, TracePassage } from "./types";

export type TextSegment = { kind: "text"; text: string } | { kind: "citation"; source: PreviewSource };

/** Splits a reply into text and `[n]` markers that match one of its sources; other brackets stay text. */
export function splitCitations(text: string, sources: readonly PreviewSource[]): TextSegment[] {
  const byNumber = new Map(sources.map((source) => [source.n, source]));
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(/\[(\d{1,3})\]/g)) {
    const source = byNumber.get(Number(match[1]));
    if (!source) continue;
    if (match.index > last) segments.push({ kind: "text", text: text.slice(last, match.index) });
    segments.push({ kind: "citation", source });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}

/** The reply as plain prose, for a short answer: citation markers and the space before them removed. */
export function stripCitationMarkers(text: string): string {
  return text
    .replace(/\s*\[\d{1,3}\]/g, "")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}

/** Only web links become anchors. */
export function toSafeHref(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The citation number each retrieved passage is shown under, if it was cited. Citations are
 * renumbered in the order they are used, so they are matched to passages by chunk when the trace
 * has it, else by title and link.
 */
export function citedPassages(trace: PreviewTrace): Map<number, number> {
  const cited = new Map<number, number>();
  const passages = trace.passages as TracePassage[];
  for (const citation of trace.citations) {
    const passage =
      passages.find((candidate) => candidate.chunkId !== undefined && candidate.chunkId === citation.chunkId) ??
      passages.find((candidate) => !cited.has(candidate.n) && candidate.title === citation.title && candidate.url === citation.url);
    if (passage) cited.set(passage.n, citation.n);
  }
  return cited;
}
