import type { SourceKind, SourceRow, SourceStatus } from "./types";

/** Statuses during which a sync is still moving, so the list keeps polling. */
export const activeStatuses: readonly SourceStatus[] = ["queued", "syncing"];

export function isSyncActive(status: SourceStatus): boolean {
  return activeStatuses.includes(status);
}

const statusLabels: Record<SourceStatus, string> = {
  idle: "Not synced",
  queued: "Queued",
  syncing: "Syncing",
  ready: "Ready",
  failed: "Failed",
  cancelled: "Cancelled",
};

export function describeStatus(status: SourceStatus): string {
  return statusLabels[status];
}

const units: Record<SourceKind, [singular: string, plural: string]> = {
  url: ["page", "pages"],
  file: ["file", "files"],
  articles: ["article", "articles"],
  short_answers: ["short answer", "short answers"],
};

export function pluralize(count: number, kind: SourceKind): string {
  const [one, many] = units[kind];
  return `${count} ${count === 1 ? one : many}`;
}

type RunCounters = Pick<NonNullable<SourceRow["latestRun"]>, "discovered" | "fetched" | "indexed" | "unchanged" | "failed">;

/** How far a run got: documents done (indexed, unchanged or failed) out of those discovered so far. */
export function runProgress(run: RunCounters): { done: number; total: number; indexed: number } {
  const indexed = run.indexed + run.unchanged;
  const done = indexed + run.failed;
  return { done, total: Math.max(run.discovered, done), indexed };
}

/** "38 of 74 pages indexed · 2 failed" while running; "74 pages indexed · 2 failed" once finished. */
export function summarizeRun(run: RunCounters, kind: SourceKind, finished: boolean): string {
  const { total, indexed } = runProgress(run);
  const [, plural] = units[kind];
  const head = finished ? `${pluralize(indexed, kind)} indexed` : total === 0 ? `Looking for ${plural}…` : `${indexed} of ${pluralize(total, kind)} indexed`;
  return run.failed > 0 ? `${head} · ${run.failed} failed` : head;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const steps: [limit: number, unit: Intl.RelativeTimeFormatUnit, seconds: number][] = [
  [60, "second", 1],
  [3_600, "minute", 60],
  [86_400, "hour", 3_600],
  [604_800, "day", 86_400],
  [2_629_800, "week", 604_800],
  [31_557_600, "month", 2_629_800],
  [Infinity, "year", 31_557_600],
];

/** "3 minutes ago", "yesterday"; seconds are rounded to "now" so a fresh sync does not read "12 seconds ago". */
export function formatRelativeTime(date: Date, now: Date = new Date()): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const magnitude = Math.abs(seconds);
  if (magnitude < 45) return relative.format(0, "second");
  const [, unit, size] = steps.find(([limit]) => magnitude < limit)!;
  return relative.format(Math.round(seconds / size), unit);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

export function formatPercent(value: number): string {
  return `${Math.round(Math.min(Math.max(value, 0), 1) * 100)}%`;
}

/** The first `limit` characters, cut at a word boundary. */
export function truncateText(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit);
  const space = cut.lastIndexOf(" ");
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The first `limit` characters of Markdown, cut between lines so a table or list stays whole
 * where it can; a first line longer than the limit is cut at a word.
 */
export function clipMarkdown(markdown: string, limit: number): string {
  const text = markdown.replace(/\r\n?/g, "\n").trim();
  if (text.length <= limit) return text;
  const lines = text.split("\n");
  let kept = "";
  for (const line of lines) {
    const next = kept ? `${kept}\n${line}` : line;
    if (next.length > limit) break;
    kept = next;
  }
  return kept ? `${kept.trimEnd()}\n\n…` : truncateText(lines[0]!, limit);
}
