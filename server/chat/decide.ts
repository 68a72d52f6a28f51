import type { Decision } from "./types";

/**
 * Below this retrieval confidence the model is not asked at all: nothing retrieved is close enough
 * to answer from. Tuned with `npm run eval:answers` on the public eval set.
 */
export const ANSWER_FLOOR = 0.15;

export interface DecisionInput {
  retrievalConfidence: number;
  modelDecision: Decision | null;
  cited: boolean;
  unresolvedTurns: number;
}

/**
 * The final call. An answer must cite something; otherwise the turn did not resolve, and a turn
 * that follows an unhelpful clarification hands off instead of asking again.
 */
export function decideReply(input: DecisionInput): { decision: Decision; confidence: number; reason: string } {
  const { retrievalConfidence } = input;
  // A cited reply has already streamed to the visitor with its sources: it is the answer.
  if (input.cited) return { decision: "answer", confidence: retrievalConfidence, reason: "The reply cites the retrieved passages." };
  if (input.modelDecision === "handoff") return { decision: "handoff", confidence: retrievalConfidence, reason: "The model judged that a person should take over." };
  const why =
    retrievalConfidence < ANSWER_FLOOR
      ? "Nothing retrieved was close enough to answer from."
      : input.modelDecision === "clarify"
        ? "The model judged the passages do not answer the question."
        : "The reply cited nothing, so it was not sent.";
  if (input.unresolvedTurns > 0) return { decision: "handoff", confidence: retrievalConfidence / 2, reason: `${why} The previous clarification did not help, so a person takes over.` };
  return { decision: "clarify", confidence: retrievalConfidence / 2, reason: why };
}
