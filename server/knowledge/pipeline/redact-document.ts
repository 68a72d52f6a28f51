import { AppError } from "../../errors";
import { redactSensitive, type SensitiveFinding } from "../redact";

export interface RedactionRecord {
  kind: string;
  location: string;
  preview: string;
}

const kindNames: Record<string, string> = {
  card: "card number",
  iban: "IBAN",
  personnummer: "personal identity number",
  ssn: "social security number",
  api_key: "API key",
  secret: "secret",
  password: "password",
};

function describe(findings: SensitiveFinding[]): string {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kindNames[kind] ?? kind}${n === 1 ? "" : "s"}`).join(", ");
}

/**
 * Removes sensitive data from a document before anything is stored or embedded, and says where it
 * was. A source that rejects sensitive content gets an error instead, and nothing is kept.
 */
export function redactDocument(input: { title: string; markdown: string; rejectSensitive: boolean }) {
  const title = redactSensitive(input.title);
  const body = redactSensitive(input.markdown);
  const findings = [...title.findings, ...body.findings];
  if (findings.length && input.rejectSensitive) {
    throw new AppError("INVALID", `Refused: it contains sensitive data (${describe(findings)}), and this source is set to reject such content.`);
  }
  const records: RedactionRecord[] = [
    ...title.findings.map((finding) => ({ kind: finding.kind, location: "title", preview: finding.preview })),
    ...body.findings.map((finding) => ({ kind: finding.kind, location: `characters ${finding.start}–${finding.end}`, preview: finding.preview })),
  ];
  return { title: title.text, markdown: body.text, records };
}
