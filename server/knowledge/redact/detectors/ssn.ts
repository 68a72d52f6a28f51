import type { SensitiveFinding } from "../types";

/** US Social Security numbers in their written AAA-GG-SSSS form. */
const CANDIDATE = /(?<![\w-])(\d{3})-(\d{2})-(\d{4})(?!\w|-\d)/g;

/** SSA never issues area 000, 666 or 900–999, group 00 or serial 0000. */
function isIssuable(area: string, group: string, serial: string): boolean {
  return area !== "000" && area !== "666" && !area.startsWith("9") && group !== "00" && serial !== "0000";
}

export function detectSsns(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, area = "", group = "", serial = ""] = match;
    if (!isIssuable(area, group, serial)) continue;
    findings.push({ kind: "ssn", start: match.index, end: match.index + whole.length, preview: `SSN ending ${serial}` });
  }
  return findings;
}
