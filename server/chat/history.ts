import type { HistoryTurn } from "./types";

/**
 * Earlier turns replayed to the model with each new message, at most this many tokens' worth: a
 * long conversation must not multiply the cost of every reply.
 */
export const HISTORY_TOKEN_BUDGET = 1_500;

/** About four characters a token across the languages we serve: close enough for a budget. */
export const estimateTokens = (text: string) => Math.ceil(text.length / 4);

/** The most recent turns that fit the budget, oldest first. */
export function boundHistory<T extends HistoryTurn>(turns: readonly T[], budget = HISTORY_TOKEN_BUDGET): T[] {
  const kept: T[] = [];
  let used = 0;
  for (let i = turns.length - 1; i >= 0; i--) {
    const cost = estimateTokens(turns[i]!.text);
    if (used + cost > budget) break;
    kept.unshift(turns[i]!);
    used += cost;
  }
  return kept;
}
