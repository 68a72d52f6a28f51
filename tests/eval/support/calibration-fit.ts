import { ANSWER_CALIBRATION, answerProbability, FEATURE_NAMES, type AnswerCalibration } from "@/server/chat";
import type { AnswerRow } from "./answer-rows";
import { mean, round } from "./metrics";

/** Answerable questions the fitted threshold keeps answered on the data it is fitted to: a margin above the 0.75 target, so held-out folds and unseen data stay above it. */
export const TARGET_ANSWERED_SHARE = 0.8;
const L2 = 0.01;
const STEPS = 4000;
const LEARNING_RATE = 0.3;

const citesRelevant = (row: AnswerRow, citations: string[] | null) => Boolean(citations?.some((doc) => row.query.relevant.includes(doc)));

/**
 * What a good decision wants: answer when the reply would cite a relevant document, not otherwise.
 * Each kind of row weighs a fixed share of the fit, whatever its count: replies that would cite a
 * relevant document, unanswerable questions, and answerable ones whose reply would cite only
 * unrelated documents.
 */
export const CLASS_SHARES = { right: 0.5, unanswerable: 0.45, wrong: 0.05 };
const kindOf = (row: AnswerRow) => (!row.query.answerable ? "unanswerable" : citesRelevant(row, row.candidateCitations) ? "right" : "wrong");

/** The development data has no question in another language than its passages (the ones flagged are misdetected), so that weight stays 0 rather than learn from noise. */
const FITTED: readonly (typeof FEATURE_NAMES)[number][] = FEATURE_NAMES.filter((name) => name !== "crossLanguage");

/** L2-regularised logistic regression on standardised features, returned on the raw scale. */
function fitLogistic(rows: AnswerRow[], shares = CLASS_SHARES): Omit<AnswerCalibration, "threshold"> {
  const names = FITTED;
  const x = rows.map((row) => names.map((name) => row.features[name]));
  const kinds = rows.map(kindOf);
  const y = kinds.map((kind) => (kind === "right" ? 1 : 0));
  const centre = names.map((_, j) => mean(x.map((v) => v[j]!)));
  const spread = names.map((_, j) => Math.sqrt(mean(x.map((v) => (v[j]! - centre[j]!) ** 2))) || 1);
  const z = x.map((v) => v.map((value, j) => (value - centre[j]!) / spread[j]!));
  const counts = { right: 0, unanswerable: 0, wrong: 0 };
  for (const kind of kinds) counts[kind]++;
  const sampleWeight = kinds.map((kind) => (shares[kind] * rows.length) / Math.max(1, counts[kind]));
  let bias = 0;
  const w = names.map(() => 0);
  for (let step = 0; step < STEPS; step++) {
    let gradBias = 0;
    const grad = names.map(() => 0);
    for (let i = 0; i < rows.length; i++) {
      const p = 1 / (1 + Math.exp(-(bias + w.reduce((sum, wj, j) => sum + wj * z[i]![j]!, 0))));
      const error = (p - y[i]!) * sampleWeight[i]!;
      gradBias += error;
      for (let j = 0; j < w.length; j++) grad[j]! += error * z[i]![j]!;
    }
    bias -= (LEARNING_RATE * gradBias) / rows.length;
    for (let j = 0; j < w.length; j++) w[j] = w[j]! - LEARNING_RATE * (grad[j]! / rows.length + L2 * w[j]!);
  }
  const weights = Object.fromEntries(FEATURE_NAMES.map((name) => [name, names.includes(name) ? round(w[names.indexOf(name)]! / spread[names.indexOf(name)]!, 4) : 0])) as AnswerCalibration["weights"];
  return { bias: round(bias - names.reduce((sum, _, j) => sum + (w[j]! * centre[j]!) / spread[j]!, 0), 4), weights, focus: ANSWER_CALIBRATION.focus };
}

/** Weights by logistic regression, then the highest threshold that still answers TARGET_ANSWERED_SHARE of the answerable questions. */
export function fitCalibration(rows: AnswerRow[], shares = CLASS_SHARES, targetAnswered = TARGET_ANSWERED_SHARE): AnswerCalibration {
  const usable = rows.filter((row) => row.candidateCitations !== null);
  const model = fitLogistic(usable, shares);
  const answerable = rows.filter((row) => row.query.answerable);
  const scores = answerable.map((row) => (row.candidateCitations ? answerProbability(row.features, { ...model, threshold: 0 }) : -1)).sort((a, b) => b - a);
  const threshold = scores[Math.max(0, Math.ceil(targetAnswered * answerable.length) - 1)] ?? 0.5;
  return { ...model, threshold: round(Math.max(0, threshold - 1e-4), 4) };
}

export interface AnswerMetrics {
  cited_correct: number;
  answered_share: number;
  no_answer: number;
  citation_precision: number;
}

/** The eval's figures for these rows if the decision used `calibration`. */
export function metricsUnder(rows: AnswerRow[], calibration: AnswerCalibration): AnswerMetrics {
  const answers = (row: AnswerRow) => row.candidateCitations !== null && answerProbability(row.features, calibration) >= calibration.threshold;
  const answerable = rows.filter((row) => row.query.answerable);
  const answered = answerable.filter(answers);
  const unanswerable = rows.filter((row) => !row.query.answerable);
  const citations = answered.flatMap((row) => row.candidateCitations!.map((doc) => (row.query.relevant.includes(doc) ? 1 : 0)));
  return {
    cited_correct: round(mean(answered.map((row) => (citesRelevant(row, row.candidateCitations) ? 1 : 0)))),
    answered_share: round(answered.length / answerable.length),
    no_answer: round(mean(unanswerable.map((row) => (answers(row) ? 0 : 1)))),
    citation_precision: round(mean(citations)),
  };
}

/**
 * k folds grouped by source document: no document's questions are both fitted and scored. Groups are
 * dealt largest first to the fold with the fewest unanswerable questions, then the fewest questions,
 * so every fold has unanswerable ones to score.
 */
export function groupFolds(rows: AnswerRow[], k: number): AnswerRow[][] {
  const groups = new Map<string, AnswerRow[]>();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  const unanswerable = (list: AnswerRow[]) => list.filter((row) => !row.query.answerable).length;
  const ordered = [...groups.entries()].sort(([a, x], [b, y]) => unanswerable(y) - unanswerable(x) || y.length - x.length || a.localeCompare(b));
  const folds: AnswerRow[][] = Array.from({ length: k }, () => []);
  for (const [, members] of ordered) {
    const needsUnanswerable = unanswerable(members) > 0;
    const target = [...folds].sort((a, b) => (needsUnanswerable ? unanswerable(a) - unanswerable(b) : 0) || a.length - b.length)[0]!;
    target.push(...members);
  }
  return folds;
}

/** Fits on k−1 folds, scores the held-out one, for every fold. */
export function crossValidate(rows: AnswerRow[], k: number, fit: (rows: AnswerRow[]) => AnswerCalibration = (train) => fitCalibration(train)): { folds: AnswerMetrics[]; mean: AnswerMetrics; worst: AnswerMetrics } {
  const folds = groupFolds(rows, k);
  const results = folds.map((held, i) => metricsUnder(held, fit(folds.filter((_, j) => j !== i).flat())));
  const keys = Object.keys(results[0]!) as (keyof AnswerMetrics)[];
  const summarise = (pick: (values: number[]) => number) => Object.fromEntries(keys.map((key) => [key, round(pick(results.map((result) => result[key])))])) as unknown as AnswerMetrics;
  return { folds: results, mean: summarise(mean), worst: summarise((values) => Math.min(...values)) };
}
