import type { AnswerabilityFeatures } from "./features";

/**
 * Every weight and threshold of the answer / clarify / handoff decision, in one place.
 *
 * Produced by `npx tsx tests/eval/calibrate.ts --data <eval dir>`: class-balanced logistic
 * regression of "the reply would cite a relevant document" (unanswerable questions and replies
 * citing only unrelated documents count as misses) on the features in features.ts, then the
 * threshold that keeps at least `targetAnsweredShare` of answerable questions answered on the
 * fitting data. `npm run eval:answers` runs the same procedure in k folds grouped by source
 * document and reports the held-out folds, so these values are judged on questions whose documents
 * they never saw. The weights fit the embedded local embedder's similarity scale.
 */
export interface AnswerCalibration {
  bias: number;
  weights: Record<keyof AnswerabilityFeatures, number>;
  /** Answer when the calibrated probability reaches this. */
  threshold: number;
  /**
   * Which retrieved documents the model sees (focus.ts). Not refitted per fold: chosen once on the
   * development data among a handful of round values (document top-1 accuracy moved under 0.02
   * across them), with `gap` trading citation precision against citing the right document.
   */
  focus: { lexicalWeight: number; titleWeight: number; gap: number; maxDocuments: number };
}

export const ANSWER_CALIBRATION: AnswerCalibration = {
  bias: -6,
  weights: { similarity: 8, coverage: 4, agreement: 0.5, typeMatch: 0.5, margin: 2, crossLanguage: 0 },
  threshold: 0.3,
  focus: { lexicalWeight: 0.2, titleWeight: 0.2, gap: 0.04, maxDocuments: 2 },
};

/** The calibrated probability that answering from these passages cites what answers the question. */
export function answerProbability(features: AnswerabilityFeatures, calibration: AnswerCalibration = ANSWER_CALIBRATION): number {
  let z = calibration.bias;
  for (const [name, weight] of Object.entries(calibration.weights) as [keyof AnswerabilityFeatures, number][]) z += weight * features[name];
  return 1 / (1 + Math.exp(-z));
}
