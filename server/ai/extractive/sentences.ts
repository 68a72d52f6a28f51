import type { LocalEmbedder } from "../local-embedder";

/** Markdown to plain prose: headings, emphasis, link targets and table pipes go; their words stay. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\{#[^}]+\}/g, "")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "")
    .replace(/^\s*\d+[.)]\s+/gm, "")
    .replace(/\|/g, " ")
    .replace(/^[\s:-]+$/gm, "")
    .replace(/[*_`]{1,3}([^*_`]+)[*_`]{1,3}/g, "$1")
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/[ \t]+/g, " ");
}

/** Headings and labels are not answers: a quotable sentence ends like one, or is long enough to be one. */
function isQuotable(sentence: string): boolean {
  const words = sentence.split(/\s+/).length;
  return words >= 4 && (/[.!?…:;)]$/.test(sentence) || words >= 9);
}

/** Sentences of a passage; list items count as sentences, heading lines do not. */
export function splitSentences(text: string, language: string | null): string[] {
  const segmenter = new Intl.Segmenter(language ?? undefined, { granularity: "sentence" });
  return plainText(text.replace(/^#{1,6}\s.*$/gm, ""))
    .split(/\n+/)
    .flatMap((line) => [...segmenter.segment(line)].map((segment) => segment.segment.trim()))
    .filter(isQuotable);
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

export interface ScoredSentence {
  passage: number;
  index: number;
  text: string;
  score: number;
}

/** Every sentence of the passages, scored by similarity to the question (the embedder's vectors are unit length). */
export function scoreSentences(
  embedder: LocalEmbedder,
  question: string,
  passages: { n: number; content: string; language: string | null }[],
  language: string | null,
): ScoredSentence[] {
  const query = embedder.embedText(question, language);
  return passages.flatMap((passage, rank) =>
    splitSentences(passage.content, passage.language).map((text, index) => ({
      passage: passage.n,
      index,
      text,
      // Retrieval order carries evidence too: a slight preference for the better-ranked passages.
      score: cosine(query, embedder.embedText(text, passage.language ?? language)) * (1 - rank * 0.02),
    })),
  );
}
