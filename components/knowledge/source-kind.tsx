import { FileTextIcon, GlobeIcon, LoaderCircleIcon, MessageSquareQuoteIcon, NotebookTextIcon, type LucideIcon } from "lucide-react";
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { describeStatus, isSyncActive } from "./format";
import type { SourceKind, SourceStatus } from "./types";

export const sourceKindIcons: Record<SourceKind, LucideIcon> = {
  url: GlobeIcon,
  file: FileTextIcon,
  articles: NotebookTextIcon,
  short_answers: MessageSquareQuoteIcon,
};

export const sourceKindLabels: Record<SourceKind, string> = {
  url: "Website",
  file: "File",
  articles: "Articles",
  short_answers: "Short answers",
};

export function SourceKindIcon({ kind }: { kind: SourceKind }) {
  const Icon = sourceKindIcons[kind];
  return (
    <span className="flex size-9 shrink-0 items-center justify-center rounded-md bg-muted text-muted-foreground">
      <Icon aria-hidden="true" className="size-4" />
      <span className="sr-only">{sourceKindLabels[kind]}:</span>
    </span>
  );
}

const statusVariants: Record<SourceStatus, BadgeProps["variant"]> = {
  idle: "outline",
  queued: "secondary",
  syncing: "secondary",
  ready: "success",
  failed: "destructive",
  cancelled: "warning",
};

/** The word carries the meaning; colour only repeats it. */
export function SourceStatusBadge({ status }: { status: SourceStatus }) {
  return (
    <Badge variant={statusVariants[status]}>
      {isSyncActive(status) ? <LoaderCircleIcon aria-hidden="true" className="animate-spin motion-reduce:animate-none" /> : null}
      {describeStatus(status)}
    </Badge>
  );
}
