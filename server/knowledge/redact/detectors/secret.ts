import { shannonEntropy } from "../checksums";
import type { SensitiveFinding } from "../types";
import { findKeywordValues, isPlaceholder } from "./keyword-value";

const SECRET_KEYWORDS = [
  "api[-_ ]?key",
  "api[-_ ]?secret",
  "api[-_ ]?token",
  "client[-_ ]?secret",
  "secret(?:[-_ ]?(?:key|token|access[-_ ]?key))?",
  "(?:access|auth|refresh|bearer|session|private)[-_ ]?(?:token|key)",
  "token",
  "x-api-key",
].join("|");

const BEARER = /(?<=\bBearer[ \t]+)[A-Za-z0-9._~+/-]{16,}=*/g;

/** Random-looking: long enough, mixed characters, and high entropy. Words and settings are not. */
export function looksRandom(value: string): boolean {
  if (value.length < 12 || /\s/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(value)).length;
  if (classes < 2 || (!/\d/.test(value) && classes < 3)) return false;
  return shannonEntropy(value) >= (value.length >= 20 ? 3.2 : 2.8);
}

export function detectSecrets(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const { keyword, value, start, end } of findKeywordValues(text, SECRET_KEYWORDS)) {
    if (isPlaceholder(value) || !looksRandom(value)) continue;
    findings.push({ kind: "secret", start, end, preview: `value of "${keyword.toLowerCase()}"` });
  }
  for (const match of text.matchAll(BEARER)) {
    if (!looksRandom(match[0])) continue;
    findings.push({ kind: "secret", start: match.index, end: match.index + match[0].length, preview: "bearer token" });
  }
  return findings;
}
