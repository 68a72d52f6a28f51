import type { Decision } from "./types";

export const decisionLabels: Record<Decision, string> = { answer: "Answer", clarify: "Clarify", handoff: "Handoff" };

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value * 100)}%`;
}

/** Scores differ in scale (fused ranks are small fractions, similarities near 1): three significant digits suit both. */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return value === 0 ? "0" : Number(value.toPrecision(3)).toString();
}

export function formatLatency(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function formatTokens(value: number | null): string {
  return value === null ? "—" : value.toLocaleString("en");
}
