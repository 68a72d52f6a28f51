import { detectApiKeys } from "./detectors/api-key";
import { detectCards } from "./detectors/card";
import { detectIbans } from "./detectors/iban";
import { detectPasswords } from "./detectors/password";
import { detectPersonnummer } from "./detectors/personnummer";
import { detectSecrets } from "./detectors/secret";
import { detectSsns } from "./detectors/ssn";
import type { Detector, SensitiveFinding, SensitiveKind } from "./types";

export type { SensitiveFinding, SensitiveKind } from "./types";

export interface RedactionResult {
  text: string;
  /** Positions refer to the input text, not the redacted one. */
  findings: SensitiveFinding[];
}

/** Most specific first: when spans overlap, the earlier detector's reading wins. */
const DETECTORS: Detector[] = [detectApiKeys, detectCards, detectIbans, detectPersonnummer, detectSsns, detectPasswords, detectSecrets];
const PRIORITY: SensitiveKind[] = ["api_key", "card", "iban", "personnummer", "ssn", "password", "secret"];

const LABELS: Record<SensitiveKind, string> = {
  card: "CARD",
  iban: "IBAN",
  personnummer: "PERSONNUMMER",
  ssn: "SSN",
  api_key: "API KEY",
  secret: "SECRET",
  password: "PASSWORD",
};

export function redactionLabel(kind: SensitiveKind): string {
  return `[REDACTED ${LABELS[kind]}]`;
}

/**
 * Markdown converters escape punctuation (`ghp\_123…`, `4111\-1111…`), which would hide a value from
 * the detectors. They read an unescaped copy; `offsets` maps each of its characters back to the input.
 */
function unescapeMarkdown(text: string): { plain: string; offsets: number[] } {
  let plain = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\" && i + 1 < text.length && /[\\`*_{}[\]()#+\-.!|~<>]/.test(text[i + 1]!)) continue;
    plain += text[i];
    offsets.push(i);
  }
  offsets.push(text.length);
  return { plain, offsets };
}

function findAll(text: string): SensitiveFinding[] {
  const { plain, offsets } = unescapeMarkdown(text);
  const mapped = plain === text ? findInPlain(text) : findInPlain(plain).map((finding) => ({ ...finding, start: offsets[finding.start]!, end: offsets[finding.end - 1]! + 1 }));
  return mapped;
}

function findInPlain(text: string): SensitiveFinding[] {
  const candidates = DETECTORS.flatMap((detect) => detect(text)).sort(
    (a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - b.start - (a.end - a.start),
  );
  const kept: SensitiveFinding[] = [];
  for (const candidate of candidates) {
    if (kept.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Replaces card numbers, IBANs, national ids, keys, secrets and passwords with `[REDACTED KIND]`. */
export function redactSensitive(text: string): RedactionResult {
  const findings = findAll(text);
  if (findings.length === 0) return { text, findings };
  let result = "";
  let cursor = 0;
  for (const finding of findings) {
    result += text.slice(cursor, finding.start) + redactionLabel(finding.kind);
    cursor = finding.end;
  }
  return { text: result + text.slice(cursor), findings };
}

/** For sources set to refuse files that contain sensitive data rather than redact them. */
export function containsSensitive(text: string): boolean {
  return findAll(text).length > 0;
}
