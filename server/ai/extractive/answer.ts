import { answerTypeOf, statesAnswerType } from "../answer-type";
import { contentTerms } from "../content-terms";
import type { LocalEmbedder } from "../local-embedder";
import { leadInFor } from "./lead-in";
import type { PromptPassage, ReadPrompt } from "./read-prompt";
import { plainInline, splitUnits, type Unit } from "./sentences";

const MAX_WORDS = 120;
const MAX_SENTENCES = 3;
const MAX_LIST_ITEMS = 8;
/** A second sentence of the quoted passage joins the first when it fits the question nearly as well. */
const COMPANION_SHARE = 0.8;
/** Content-word overlap counts beside meaning: a sentence that names what was asked about answers it. */
const COVERAGE_WEIGHT = 0.3;
const TYPE_WEIGHT = 0.1;
const MAX_DOCUMENTS = 2;

interface Scored extends Unit {
  passage: PromptPassage;
  score: number;
}

const normalise = (text: string) => text.replace(/\[\d+\]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const documentOf = (passage: PromptPassage) => passage.heading.split(" › ")[0] ?? passage.heading;
const wordCount = (text: string) => text.split(/\s+/).length;

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}

/** Every unit of the passages, scored by how well it answers: meaning, the question's content words, and the kind of fact asked for. */
function scoreUnits(embedder: LocalEmbedder, question: string, latest: string, language: string | null, passages: PromptPassage[]): Scored[] {
  const query = embedder.embedText(question, language);
  const asked = new Set(contentTerms(question, language));
  // In a follow-up ("and on Fridays?") the visitor's own last words say what is new: they count as much as the rest.
  const askedNow = new Set(contentTerms(latest, language));
  const share = (terms: Set<string>, of: Set<string>) => (of.size ? [...of].filter((term) => terms.has(term)).length / of.size : 0);
  const type = answerTypeOf(question);
  return passages.flatMap((passage) =>
    splitUnits(passage.content, passage.language).map((unit) => {
      const terms = new Set(contentTerms(unit.text, passage.language ?? language));
      const coverage = (share(terms, asked) + share(terms, askedNow)) / 2;
      const typed = type ? (statesAnswerType(unit.text, type) ? TYPE_WEIGHT : -TYPE_WEIGHT) : 0;
      return { ...unit, passage, score: cosine(query, embedder.embedText(unit.text, passage.language ?? language)) + COVERAGE_WEIGHT * coverage + typed };
    }),
  );
}

/** The best unit of a document, with the list it belongs to or introduces, and close companions from the same passage. */
const bestOf = (units: Scored[]) => units.reduce<Scored | undefined>((top, unit) => (!top || unit.score > top.score ? unit : top), undefined);

function quoteFrom(units: Scored[], words: number): Scored[] {
  const best = bestOf(units);
  if (!best) return [];
  const siblings = units.filter((unit) => unit.passage === best.passage);
  const listOf = best.list !== -1 ? best.list : best.introduces ? siblings.find((unit) => unit.index === best.index + 1)?.list ?? -1 : -1;
  if (listOf !== -1) {
    const items = siblings.filter((unit) => unit.list === listOf).slice(0, MAX_LIST_ITEMS);
    const intro = siblings.find((unit) => unit.introduces && unit.index === items[0]!.index - 1);
    return [...(intro ? [intro] : []), ...items];
  }
  const chosen = [best];
  let total = words + wordCount(best.text);
  for (const unit of siblings.filter((unit) => unit !== best && unit.list === -1 && !unit.introduces).sort((a, b) => b.score - a.score)) {
    if (chosen.length >= MAX_SENTENCES || unit.score < best.score * COMPANION_SHARE) break;
    if (total + wordCount(unit.text) > MAX_WORDS) continue;
    chosen.push(unit);
    total += wordCount(unit.text);
  }
  return chosen.sort((a, b) => a.index - b.index);
}

/** One document's quote: running sentences joined, list items on their own lines, one citation at its end. */
function renderQuote(units: Scored[]): string {
  const n = units[0]!.passage.n;
  const lines: string[] = [];
  for (const unit of units) {
    if (unit.list !== -1) lines.push(`- ${unit.text}`);
    else if (lines.length && !lines.at(-1)!.startsWith("- ")) lines[lines.length - 1] += ` ${unit.text}`;
    else lines.push(unit.text);
  }
  return cite(lines.join("\n"), n);
}

/** The citation goes at the end of the quote, before its closing punctuation. */
const cite = (text: string, n: number) => (/[.!?…:;]$/.test(text) ? `${text.slice(0, -1)} [${n}]${text.slice(-1)}` : `${text} [${n}]`);

/**
 * The extractive reply: from the first document of the passages (the engine orders them best
 * first and keeps only close contenders), the sentences that answer the question, whole and in the
 * source's order; the runner-up document's best sentence when it is there too. A short answer is
 * the workspace's own word: it is quoted as written, alone. Passages in another language than the
 * reply are quoted as they are, under a lead-in in the reply language.
 */
export function composeExtractiveReply(embedder: LocalEmbedder, prompt: ReadPrompt): string {
  const latest = prompt.turns.filter((turn) => turn.role === "user").at(-1)?.text ?? "";
  const question = prompt.standaloneQuestion ?? latest;
  const reply = prompt.replyLanguage;
  const sameLanguage = prompt.passages.filter((passage) => !passage.language || !reply || passage.language === reply);
  const usable = sameLanguage.length ? sameLanguage : prompt.passages;
  const leadIn = sameLanguage.length ? "" : leadInFor(reply, usable[0]?.language ?? null);
  const first = usable[0];
  if (!first) return "<decision>clarify</decision>\n";
  if (first.shortAnswer) {
    const text = first.content.split("\n").map(plainInline).filter(Boolean).join("\n");
    return `<decision>answer</decision>\n${leadIn}${cite(text, first.n)}`;
  }
  const documents = [...new Set(usable.map(documentOf))].slice(0, MAX_DOCUMENTS);
  // A follow-up wants something new: what an earlier reply already quoted is not quoted again.
  const said = prompt.turns.filter((turn) => turn.role === "assistant").map((turn) => normalise(turn.text));
  const scored = scoreUnits(embedder, question, latest || question, reply, usable).filter((unit) => !said.some((text) => text.includes(normalise(unit.text))));
  const quotes: string[] = [];
  let words = 0;
  for (const document of documents) {
    const units = scored.filter((unit) => documentOf(unit.passage) === document);
    // The runner-up document adds its one best sentence: enough to show the other reading, short enough to stay readable.
    const runnerUp = bestOf(units);
    const quote = quotes.length ? (runnerUp && runnerUp.list === -1 ? [runnerUp] : []) : quoteFrom(units, words);
    if (!quote.length) continue;
    const length = quote.reduce((sum, unit) => sum + wordCount(unit.text), 0);
    if (quotes.length && words + length > MAX_WORDS) continue;
    quotes.push(renderQuote(quote));
    words += length;
  }
  if (!quotes.length) return "<decision>clarify</decision>\n";
  return `<decision>answer</decision>\n${leadIn}${quotes.join("\n\n")}`;
}
