import { generateText } from "ai";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { contentTerms } from "@/server/ai";
import { condenseSystemPrompt } from "./prompt";
import type { HistoryTurn } from "./types";

const MAX_HISTORY_TURNS = 6;
/** A message naming this many things of its own is a question in itself, unless it points back… */
const SELF_CONTAINED_TERMS = 3;
/** …and one naming this many is one even when it says "this" or "that" ("through this service"). */
const SELF_CONTAINED_DESPITE_POINTING = 5;

/** Words that point at something said before: pronouns, demonstratives, "and for …", "what about …". */
const REFERS_BACK =
  /(?<![\p{L}\p{N}])(it|its|that|this|those|these|they|them|their|then|also|else|same|other|another|more|instead|what about|and if|how about|det|den|dessa|där|då|också|samma|cela|ça|celui|celle|aussi|même|autre|das|dies|dort|auch|andere|eso|esto|ese|esa|también|otro|otra)(?![\p{L}\p{N}])/iu;
const CONTINUES = /^\s*(and|or|but|so|och|eller|men|et|ou|mais|und|oder|aber|y|o|pero)(?![\p{L}\p{N}])/iu;

/** A message that mostly names what the conversation already talks about continues it. */
const CONTINUITY_SHARE = 0.5;

/**
 * Whether a message belongs with the conversation before it: it points back ("is it free?"),
 * continues ("and for children?"), names too little of its own ("yes", "how long?"), or mostly
 * names what the last exchange was about. Otherwise it starts a new topic and is retrieved on its
 * own, so an earlier topic never bleeds into its answer.
 */
export function dependsOnHistory(message: string, language: string | null, lastExchange = ""): boolean {
  const named = new Set(contentTerms(message, language));
  if (REFERS_BACK.test(message) || CONTINUES.test(message)) return named.size < SELF_CONTAINED_DESPITE_POINTING;
  if (named.size < SELF_CONTAINED_TERMS) return true;
  const before = new Set(contentTerms(lastExchange, language));
  return [...named].filter((term) => before.has(term)).length >= CONTINUITY_SHARE * named.size;
}

/**
 * Rewrites a follow-up ("and for children?") into a question that stands alone, so retrieval sees
 * what it is about. A first message, or one that stands on its own, is used as it is.
 */
export async function condenseQuestion(
  model: LanguageModelV4,
  history: HistoryTurn[],
  message: string,
  language: string | null = null,
  abortSignal?: AbortSignal,
): Promise<{ question: string; inputTokens: number; outputTokens: number }> {
  const recent = history.slice(-MAX_HISTORY_TURNS);
  const lastExchange = [recent.filter((turn) => turn.role === "visitor").at(-1)?.text ?? "", recent.at(-1)?.role === "agent" ? recent.at(-1)!.text : ""].join("\n");
  if (!recent.some((turn) => turn.role === "visitor") || !dependsOnHistory(message, language, lastExchange)) return { question: message, inputTokens: 0, outputTokens: 0 };
  const result = await generateText({
    model,
    system: condenseSystemPrompt,
    messages: [
      ...recent.map((turn) => ({ role: turn.role === "visitor" ? ("user" as const) : ("assistant" as const), content: turn.text })),
      { role: "user" as const, content: message },
    ],
    maxOutputTokens: 120,
    temperature: 0,
    abortSignal,
    providerOptions: { local: { task: "condense" } },
  });
  const question = result.text.trim().split("\n")[0]?.trim();
  return { question: question || message, inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0 };
}
