import { isLuhnValid } from "../checksums";
import type { SensitiveFinding } from "../types";

/**
 * Swedish personal identity numbers: YYMMDD-XXXX, YYMMDD+XXXX (100 years or older),
 * YYYYMMDDXXXX and YYYYMMDD-XXXX. The bare 10-digit form is left alone: it collides with
 * Swedish mobile numbers (070…).
 */
const CANDIDATE = /(?<![\w+-])((?:18|19|20)?\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?!\w|-\d)/g;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Coordination numbers (samordningsnummer) add 60 to the day. */
function isValidBirthDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12) return false;
  const realDay = day > 60 ? day - 60 : day;
  return realDay >= 1 && realDay <= daysInMonth(year, month);
}

export function detectPersonnummer(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, yearPart = "", monthPart = "", dayPart = "", separator = "", serial = ""] = match;
    const longForm = yearPart.length === 4;
    if (!longForm && !separator) continue;
    // Leap years only matter for 29 February; a short-form year is read as 19xx/20xx alike for that test.
    const year = longForm ? Number(yearPart) : 2000 + Number(yearPart);
    if (!isValidBirthDate(year, Number(monthPart), Number(dayPart))) continue;
    const tenDigits = `${yearPart.slice(-2)}${monthPart}${dayPart}${serial}`;
    if (!isLuhnValid(tenDigits)) continue;
    findings.push({
      kind: "personnummer",
      start: match.index,
      end: match.index + whole.length,
      preview: `personnummer ending ${serial.slice(-2)}`,
    });
  }
  return findings;
}
