import { generateText } from "ai";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { condenseSystemPrompt } from "./prompt";
import type { HistoryTurn } from "./types";

const MAX_HISTORY_TURNS = 6;

/**
 * Rewrites a follow-up ("and for children?") into a question that stands alone, so retrieval sees
 * what it is about. A first message is used as it is.
 */
export async function condenseQuestion(
  model: LanguageModelV4,
  history: HistoryTurn[],
  message: string,
  abortSignal?: AbortSignal,
): Promise<{ question: string; inputTokens: number; outputTokens: number }> {
  const recent = history.slice(-MAX_HISTORY_TURNS);
  if (!recent.some((turn) => turn.role === "visitor")) return { question: message, inputTokens: 0, outputTokens: 0 };
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
