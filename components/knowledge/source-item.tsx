"use client";

import { CircleAlertIcon } from "lucide-react";
import { Progress } from "@/components/ui/progress";
import { formatRelativeTime, isSyncActive, pluralize, runProgress, summarizeRun } from "./format";
import { SourceActions } from "./source-actions";
import { SourceKindIcon, SourceStatusBadge } from "./source-kind";
import type { SourceRow } from "./types";
import { useNow } from "./use-now";

export function sourceUrl(source: SourceRow): string | null {
  const url = source.config.url;
  return source.kind === "url" && typeof url === "string" ? url : null;
}

function describeProgress(source: SourceRow): string {
  const run = source.latestRun;
  if (source.status === "queued") return "Waiting to start…";
  if (!run) return "Not synced yet.";
  return summarizeRun(run, source.kind, !isSyncActive(source.status));
}

export function SourceItem({ source }: { source: SourceRow }) {
  const now = useNow();
  const url = sourceUrl(source);
  const active = isSyncActive(source.status);
  const progress = source.latestRun ? runProgress(source.latestRun) : null;
  const error = source.status === "failed" ? (source.lastError ?? source.latestRun?.error) : null;
  // A finished sync already says "74 pages indexed"; the count is repeated only when it differs (or during a sync).
  const countInStatus = !active && source.latestRun && source.status !== "queued" ? runProgress(source.latestRun).indexed : null;
  const meta = [
    (source.documentCount > 0 || !active) && countInStatus !== source.documentCount ? `${pluralize(source.documentCount, source.kind)} in the index` : null,
    source.lastSyncedAt ? `synced ${formatRelativeTime(source.lastSyncedAt, now)}` : null,
    source.nextSyncAt && !active ? `next sync ${formatRelativeTime(source.nextSyncAt, now)}` : null,
  ].filter(Boolean);

  return (
    <li className="grid grid-cols-[auto_minmax(0,1fr)_auto] items-start gap-x-3 gap-y-2 p-4" aria-label={source.name}>
      <SourceKindIcon kind={source.kind} />
      <div className="grid min-w-0 gap-1">
        <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          <h3 className="min-w-0 truncate font-medium" title={source.name}>
            {source.name}
          </h3>
          <SourceStatusBadge status={source.status} />
        </div>
        {url && url !== source.name ? (
          <a href={url} target="_blank" rel="noreferrer" className="truncate text-xs text-muted-foreground underline-offset-4 hover:underline">
            {url}
          </a>
        ) : null}
        {meta.length ? <p className="text-xs text-muted-foreground">{meta.join(" · ")}</p> : null}
        <p role="status" className="text-sm">
          {describeProgress(source)}
        </p>
        {active ? (
          <Progress
            className="mt-1 max-w-md"
            value={progress && progress.total > 0 ? progress.done : null}
            max={progress && progress.total > 0 ? progress.total : 100}
            label={`Indexing progress for ${source.name}`}
            hideLabel
          />
        ) : null}
        {error ? (
          <p className="flex items-start gap-1.5 text-sm text-destructive">
            <CircleAlertIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>
              <span className="sr-only">Error: </span>
              {error}
            </span>
          </p>
        ) : null}
      </div>
      <SourceActions source={source} />
    </li>
  );
}
