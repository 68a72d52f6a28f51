import type { Decision } from "./types";

export interface DecisionInput {
  /** The calibrated probability that an answer from the retrieved passages is right (answerability/calibration.ts). */
  answerProbability: number;
  /** Whether that probability reached the calibrated threshold. */
  answerable: boolean;
  modelDecision: Decision | null;
  cited: boolean;
  unresolvedTurns: number;
}

/**
 * The final call. An answer must cite something; otherwise the turn did not resolve, and a turn
 * that follows an unhelpful clarification hands off instead of asking again.
 */
export function decideReply(input: DecisionInput): { decision: Decision; confidence: number; reason: string } {
  const confidence = input.answerProbability;
  // A cited reply has already streamed to the visitor with its sources: it is the answer.
  if (input.cited) return { decision: "answer", confidence, reason: "The reply cites the retrieved passages." };
  if (input.modelDecision === "handoff") return { decision: "handoff", confidence, reason: "The model judged that a person should take over." };
  const why = !input.answerable
    ? "Nothing retrieved was close enough to answer from."
    : input.modelDecision === "clarify"
      ? "The model judged the passages do not answer the question."
      : "The reply cited nothing, so it was not sent.";
  if (input.unresolvedTurns > 0) return { decision: "handoff", confidence: confidence / 2, reason: `${why} The previous clarification did not help, so a person takes over.` };
  return { decision: "clarify", confidence: confidence / 2, reason: why };
}
