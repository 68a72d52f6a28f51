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
  label: string,
  fields: T,
): Promise<{ values: T; redactions: number }> {
  const values = {} as Record<string, string>;
  const records: (typeof knowledgeRedactions.$inferInsert)[] = [];
  for (const [name, text] of Object.entries(fields)) {
    const result = redactSensitive(text);
    values[name] = result.text;
    for (const finding of result.findings) {
      records.push({
        workspaceId: scope.workspaceId,
        sourceId,
        kind: finding.kind,
        location: `${label}, ${name}: characters ${finding.start}–${finding.end}`,
        preview: finding.preview,
      });
    }
  }
  if (records.length) await scope.db.insert(knowledgeRedactions).values(records);
  return { values: values as T, redactions: records.length };
}
