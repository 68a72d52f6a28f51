"use client";

import { useQuery } from "@tanstack/react-query";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { RetryAlert } from "@/components/retry-alert";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { LoadingPlaceholder } from "@/components/ui/loading-placeholder";
import { isSyncActive, pluralize } from "./format";
import type { ControlledPanelProps, SourceDocument, SourceRow } from "./types";

/** The server returns at most this many documents per source. */
const DOCUMENT_LIMIT = 200;

const stateVariants: Record<SourceDocument["state"], BadgeProps["variant"]> = {
  queued: "outline",
  indexed: "success",
  unchanged: "secondary",
  failed: "destructive",
  skipped: "warning",
  removed: "outline",
};

function DocumentItem({ document }: { document: SourceDocument }) {
  const label = document.title || document.url || "Untitled";
  return (
    <li className="grid gap-1 px-4 py-3">
      <div className="flex items-start justify-between gap-3">
        <div className="grid min-w-0">
          <span className="truncate text-sm font-medium" title={label}>
            {label}
          </span>
          {document.url && document.url !== label ? (
            <a href={document.url} target="_blank" rel="noreferrer" className="truncate text-xs text-muted-foreground underline-offset-4 hover:underline">
              {document.url}
            </a>
          ) : null}
        </div>
        <div className="flex shrink-0 items-center gap-1.5">
          {document.httpStatus ? (
            <Badge variant="outline" className="font-mono" title="HTTP status">
              <span className="sr-only">HTTP status </span>
              {document.httpStatus}
            </Badge>
          ) : null}
          <Badge variant={stateVariants[document.state]} className="capitalize">
            {document.state}
          </Badge>
        </div>
      </div>
      {document.error ? <p className="text-sm text-destructive">{document.error}</p> : null}
    </li>
  );
}

export function SourcePagesSheet({ source, open, onOpenChange, onCloseAutoFocus }: ControlledPanelProps & { source: SourceRow }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const documents = useQuery(
    trpc.knowledge.sources.documents.queryOptions(
      { workspaceId: workspace.id, sourceId: source.id },
      { enabled: open, refetchInterval: open && isSyncActive(source.status) ? 1_500 : false },
    ),
  );
  const failed = documents.data?.filter((document) => document.state === "failed").length ?? 0;

  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent className="w-full gap-0 sm:max-w-lg" onCloseAutoFocus={onCloseAutoFocus}>
        <SheetHeader className="border-b pr-12">
          <SheetTitle className="truncate">{source.name}</SheetTitle>
          <SheetDescription>
            {documents.data
              ? `${pluralize(documents.data.length, source.kind)}${failed ? `, ${failed} failed (listed first)` : ""}.`
              : `Every ${source.kind === "url" ? "page" : "document"} of this source and how it was indexed.`}
          </SheetDescription>
        </SheetHeader>
        {documents.isPending ? (
          <LoadingPlaceholder label="Loading documents" rows={["h-12 w-full", "h-12 w-full"]} className="grid gap-2 p-4" />
        ) : documents.isError ? (
          <div className="p-4">
            <RetryAlert error={documents.error} onRetry={() => void documents.refetch()} />
          </div>
        ) : documents.data.length === 0 ? (
          <p className="p-4 text-sm text-muted-foreground">Nothing has been found yet. Documents appear here as the sync finds them.</p>
        ) : (
          <>
            <ul className="divide-y" aria-label={`Documents of ${source.name}`}>
              {documents.data.map((document) => (
                <DocumentItem key={document.id} document={document} />
              ))}
            </ul>
            {documents.data.length >= DOCUMENT_LIMIT ? (
              <p className="p-4 text-xs text-muted-foreground">Showing the first {DOCUMENT_LIMIT}; failures always come first.</p>
            ) : null}
          </>
        )}
      </SheetContent>
    </Sheet>
  );
}
