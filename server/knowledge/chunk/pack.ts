import type { Unit } from "./split";

/** How two consecutive units are joined: sentences of one paragraph stay in one paragraph. */
export function joinerBetween(source: string, previous: Unit, next: Unit): string {
  if (previous.block !== next.block || previous.kind !== "prose" || next.kind !== "prose") return "\n\n";
  return source.slice(previous.end, next.start).includes("\n") ? "\n" : " ";
}

export function joinUnits(source: string, units: readonly Unit[]): string {
  let text = "";
  units.forEach((unit, index) => {
    const previous = units[index - 1];
    text += previous ? joinerBetween(source, previous, unit) + unit.text : unit.text;
  });
  return text;
}

export function measureUnits(source: string, units: readonly Unit[]): number {
  let size = 0;
  units.forEach((unit, index) => {
    const previous = units[index - 1];
    size += unit.text.length + (previous ? joinerBetween(source, previous, unit).length : 0);
  });
  return size;
}

const sentenceBoundary = /[.!?…。！？]["'”’»)\]]*\s+/g;

/**
 * The tail of a prose unit repeated at the start of the next piece, so a fact that straddles
 * the cut is whole in at least one chunk. It starts at a sentence boundary when the window has
 * one, else at a word boundary.
 */
function overlapFrom(unit: Unit, overlapChars: number): Unit | null {
  if (unit.kind !== "prose" || overlapChars <= 0) return null;
  if (unit.text.length <= overlapChars) return unit;
  const windowStart = unit.text.length - overlapChars;
  const window = unit.text.slice(windowStart);
  let cut = -1;
  for (const match of window.matchAll(sentenceBoundary)) {
    if (match.index + match[0].length < window.length) {
      cut = match.index + match[0].length;
      break;
    }
  }
  if (cut === -1) {
    const space = window.search(/\s\S/);
    if (space === -1) return null;
    cut = space + 1;
  }
  const text = window.slice(cut);
  return { ...unit, text, start: unit.end - text.length };
}

/** Packs a section's units greedily into pieces of at most maxChars (a lone oversized unit stays whole). */
export function packUnits(source: string, units: readonly Unit[], maxChars: number, overlapChars: number): Unit[][] {
  const pieces: Unit[][] = [];
  let current: Unit[] = [];
  let size = 0;
  for (const unit of units) {
    const previous = current[current.length - 1];
    const joiner = previous ? joinerBetween(source, previous, unit).length : 0;
    if (previous && size + joiner + unit.text.length > maxChars) {
      pieces.push(current);
      current = [];
      size = 0;
      const overlap = overlapFrom(previous, overlapChars);
      if (overlap && overlap.text.length + 2 + unit.text.length <= maxChars) {
        current.push(overlap);
        size = overlap.text.length;
      }
    }
    const last = current[current.length - 1];
    size += unit.text.length + (last ? joinerBetween(source, last, unit).length : 0);
    current.push(unit);
  }
  if (current.length > 0) pieces.push(current);
  return pieces;
}
