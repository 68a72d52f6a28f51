import { knowledgeRedactions } from "@/db/schema";
import type { WorkspaceScope } from "../workspaces";
import { redactSensitive } from "./redact";

/**
 * Text typed in the dashboard (articles, short answers) is redacted before it is saved, so a pasted
 * card number never reaches the database; each removal is recorded against the collection source.
 */
export async function redactFields<T extends Record<string, string>>(
  scope: WorkspaceScope,
  sourceId: string,
  /** Names the item in the record, from the already-redacted values so the label leaks nothing. */
  label: (redacted: T) => string,
  fields: T,
): Promise<{ values: T; redactions: number }> {
  const values = {} as Record<string, string>;
  const found: { name: string; kind: string; start: number; end: number; preview: string }[] = [];
  for (const [name, text] of Object.entries(fields)) {
    const result = redactSensitive(text);
    values[name] = result.text;
    found.push(...result.findings.map((finding) => ({ name, ...finding })));
  }
  const item = label(values as T);
  const records = found.map((finding) => ({
    workspaceId: scope.workspaceId,
    sourceId,
    kind: finding.kind,
    location: `${item}, ${finding.name}: characters ${finding.start}–${finding.end}`,
    preview: finding.preview,
  }));
  if (records.length) await scope.db.insert(knowledgeRedactions).values(records);
  return { values: values as T, redactions: records.length };
}
