import type { LocalEmbedder } from "../local-embedder";
import type { PromptPassage, ReadPrompt } from "./read-prompt";
import { scoreSentences, type ScoredSentence } from "./sentences";

/** Below these the extractive model judges the passages do not answer the question. */
export const EXTRACTIVE_THRESHOLDS = { retrievalConfidence: 0.5, sentenceScore: 0.15 };
const MAX_WORDS = 120;
const MAX_DOCUMENTS = 3;
const RELATIVE_SCORE = 0.1;

const sameLanguage = (passage: string | null, reply: string | null) => !passage || !reply || passage === reply;

const documentOf = (heading: string) => heading.split(" › ")[0] ?? heading;

/**
 * One sentence per document, from the best-ranked documents: the closest sentence of each, kept
 * when it fits the question nearly as well as the best one. Quoting across the top documents
 * covers the chance that retrieval's first choice is not the right one, and stays short.
 */
function pickSentences(scored: ScoredSentence[], passages: PromptPassage[]): ScoredSentence[] {
  const documents: string[] = [];
  for (const passage of passages) if (!documents.includes(documentOf(passage.heading))) documents.push(documentOf(passage.heading));
  const passageDocument = new Map(passages.map((passage) => [passage.n, documentOf(passage.heading)]));
  const best = Math.max(...scored.map((sentence) => sentence.score), 0);
  const chosen: ScoredSentence[] = [];
  let words = 0;
  for (const document of documents.slice(0, MAX_DOCUMENTS)) {
    const top = scored.filter((sentence) => passageDocument.get(sentence.passage) === document).sort((a, b) => b.score - a.score)[0];
    if (!top || top.score < best * RELATIVE_SCORE) continue;
    const length = top.text.split(/\s+/).length;
    if (chosen.length > 0 && words + length > MAX_WORDS) continue;
    chosen.push(top);
    words += length;
  }
  return chosen;
}

/**
 * The extractive reply: the sentences of the passages (in the reply language) closest to the
 * question, each followed by its citation; or a decision to clarify when nothing fits well enough.
 */
export function composeExtractiveReply(embedder: LocalEmbedder, prompt: ReadPrompt, retrievalConfidence: number | null): string {
  const question = prompt.standaloneQuestion ?? prompt.turns.filter((turn) => turn.role === "user").at(-1)?.text ?? "";
  const usable = prompt.passages.filter((passage) => sameLanguage(passage.language, prompt.replyLanguage));
  if (retrievalConfidence !== null && retrievalConfidence < EXTRACTIVE_THRESHOLDS.retrievalConfidence) return "<decision>clarify</decision>\n";
  const chosen = pickSentences(scoreSentences(embedder, question, usable, prompt.replyLanguage), usable);
  if (chosen.length === 0 || Math.max(...chosen.map((sentence) => sentence.score)) < EXTRACTIVE_THRESHOLDS.sentenceScore) {
    return "<decision>clarify</decision>\n";
  }
  const body = chosen
    .map((sentence) => {
      const text = /[.!?…:]$/.test(sentence.text) ? sentence.text : `${sentence.text}.`;
      return `${text.slice(0, -1)} [${sentence.passage}]${text.slice(-1)}`;
    })
    .join(" ");
  return `<decision>answer</decision>\n${body}`;
}

const REFERS_BACK =
  /\b(it|its|that|this|those|these|they|them|their|there|then|also|else|same|other|another|more|instead|what about|and if|how about|det|den|dessa|där|då|också|samma|cela|ça|celui|celle|aussi|même|autre|es|das|dies|dort|auch|andere|eso|esto|ese|esa|también|otro|otra)\b/i;

/** A follow-up is read together with the visitor's previous question and the reply to it. */
export function condenseHeuristically(prompt: ReadPrompt): string {
  const latest = prompt.turns.at(-1)?.text.trim() ?? "";
  const earlier = prompt.turns.slice(0, -1);
  const previousQuestion = earlier.filter((turn) => turn.role === "user").at(-1)?.text.trim();
  if (!previousQuestion) return latest;
  // A full question that points at nothing earlier starts a new topic, as an LLM condenser would judge.
  if (latest.split(/\s+/).filter(Boolean).length >= 8 && !REFERS_BACK.test(latest)) return latest;
  // The last reply names what the conversation is about; a follow-up rarely repeats it.
  const lastReply = earlier.at(-1)?.role === "assistant" ? earlier.at(-1)!.text.replace(/\[\d+\]/g, "").trim() : "";
  return [previousQuestion, lastReply, latest].filter(Boolean).join(" ");
}
