import type { PreviewTrace, TracePassage } from "./types";

/** The reply as plain prose, for a short answer: citation markers and the space before them removed. */
export function stripCitationMarkers(text: string): string {
  return text
    .replace(/\s*\[\d{1,3}\]/g, "")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
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
