import { isIbanChecksumValid } from "../checksums";
import type { SensitiveFinding } from "../types";

/** IBAN length per country (ISO 13616 registry). */
const IBAN_LENGTHS: Record<string, number> = Object.fromEntries(
  (
    "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 " +
    "ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 " +
    "LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 " +
    "QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30"
  )
    .split(" ")
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
);

/** Country code, check digits, then alphanumerics in optional groups of up to four separated by single spaces. */
const CANDIDATE = /(?<![A-Za-z0-9])([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,30})/g;

/** Walks the grouped text until the country's length is reached; the IBAN must end where a group ends. */
function takeIban(candidate: string, length: number): string | null {
  let compact = 0;
  for (let i = 0; i < candidate.length; i++) {
    if (candidate[i] !== " ") compact++;
    if (compact === length) {
      const next = candidate[i + 1];
      return next === undefined || next === " " ? candidate.slice(0, i + 1) : null;
    }
  }
  return null;
}

export function detectIbans(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const country = match[1] ?? "";
    const length = IBAN_LENGTHS[country];
    if (!length) continue;
    const iban = takeIban(match[0], length);
    if (!iban) continue;
    const end = match.index + iban.length;
    if (/[A-Za-z0-9]/.test(text[end] ?? "")) continue;
    const compact = iban.replace(/ /g, "");
    if (!isIbanChecksumValid(compact)) continue;
    findings.push({ kind: "iban", start: match.index, end, preview: `${country} IBAN ending ${compact.slice(-4)}` });
  }
  return findings;
}
