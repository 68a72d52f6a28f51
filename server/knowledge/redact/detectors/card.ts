import { isLuhnValid } from "../checksums";
import type { SensitiveFinding } from "../types";

/** 13–19 digits, optionally grouped by single spaces or dashes; not part of a longer token (hex ids) nor after "+" (phones). */
const CANDIDATE = /(?<![\w.,/+-])\d(?:[ -]?\d){12,18}(?!\w|[.,/-]\d)/;

type Network = { prefixes: [number, number][]; lengths: number[] };

/** Issuer identification number ranges (first digits) and lengths of the major card networks. */
const NETWORKS: Network[] = [
  { prefixes: [[4, 4]], lengths: [13, 16, 19] },
  { prefixes: [[51, 55], [2221, 2720]], lengths: [16] },
  { prefixes: [[34, 34], [37, 37]], lengths: [15] },
  { prefixes: [[6011, 6011], [644, 649], [65, 65]], lengths: [16, 17, 18, 19] },
  { prefixes: [[300, 305], [36, 36], [38, 39]], lengths: [14, 15, 16, 17, 18, 19] },
  { prefixes: [[3528, 3589]], lengths: [16, 17, 18, 19] },
  { prefixes: [[62, 62]], lengths: [16, 17, 18, 19] },
  { prefixes: [[5018, 5018], [5020, 5020], [5038, 5038], [5893, 5893], [6304, 6304], [6759, 6759], [6761, 6763]], lengths: [13, 14, 15, 16, 17, 18, 19] },
];

function hasKnownIssuer(digits: string): boolean {
  return NETWORKS.some(
    ({ prefixes, lengths }) =>
      lengths.includes(digits.length) &&
      prefixes.some(([from, to]) => {
        const prefix = Number(digits.slice(0, String(from).length));
        return prefix >= from && prefix <= to;
      }),
  );
}

/** Cards are printed in fours (Amex 4-6-5, Diners 4-6-4); other groupings are phone numbers or references. */
function hasCardGrouping(candidate: string): boolean {
  const separators = new Set(candidate.match(/[ -]/g) ?? []);
  if (separators.size === 0) return true;
  if (separators.size > 1) return false;
  const groups = candidate.split(/[ -]/).map((group) => group.length);
  const shape = groups.join("-");
  if (shape === "4-6-5" || shape === "4-6-4") return true;
  const last = groups[groups.length - 1] ?? 0;
  return groups.slice(0, -1).every((length) => length === 4) && last >= 1 && last <= 4;
}

function isCard(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "");
  return digits.length >= 13 && hasCardGrouping(candidate) && hasKnownIssuer(digits) && isLuhnValid(digits);
}

/** The candidate itself or a shorter run of its leading groups ("4111 1111 1111 1111 12" → the first four). */
function longestCardPrefix(candidate: string): string | null {
  const boundaries = [...candidate.matchAll(/[ -]/g)].map((separator) => separator.index);
  for (const end of [candidate.length, ...boundaries.reverse()]) {
    const prefix = candidate.slice(0, end);
    if (isCard(prefix)) return prefix;
  }
  return null;
}

export function detectCards(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  const pattern = new RegExp(CANDIDATE.source, "g");
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const card = longestCardPrefix(match[0]);
    if (!card) {
      // The run may start with unrelated numbers ("ref 12 4111 1111 …"): try again from the next group.
      pattern.lastIndex = match.index + 1;
      continue;
    }
    const digits = card.replace(/\D/g, "");
    findings.push({ kind: "card", start: match.index, end: match.index + card.length, preview: `card ending ${digits.slice(-4)}` });
    pattern.lastIndex = match.index + card.length;
  }
  return findings;
}
