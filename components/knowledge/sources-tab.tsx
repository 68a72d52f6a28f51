"use client";

import { useQuery } from "@tanstack/react-query";
import { DatabaseIcon, GlobeIcon, UploadIcon } from "lucide-react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { RetryAlert } from "@/components/retry-alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingPlaceholder } from "@/components/ui/loading-placeholder";
import { isSyncActive } from "./format";
import { SourceItem } from "./source-item";
import type { AddAction } from "./types";

/** How often the list refreshes while something is syncing; nothing is polled otherwise. */
const POLL_MS = 1_500;

export function useSourcesQuery() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  return useQuery(
    trpc.knowledge.sources.list.queryOptions(
      { workspaceId: workspace.id },
      { refetchInterval: (query) => (query.state.data?.some((source) => isSyncActive(source.status)) ? POLL_MS : false) },
    ),
  );
}

export function SourcesTab({ onAdd }: { onAdd: (action: AddAction, from: HTMLElement) => void }) {
  const workspace = useWorkspace();
  const sources = useSourcesQuery();
  const canManage = workspace.can("knowledge.manage");

  if (sources.isPending) {
    return <LoadingPlaceholder label="Loading sources" rows={["h-16 w-full", "h-16 w-full", "h-16 w-full"]} />;
  }
  if (sources.isError) {
    return (
      <RetryAlert error={sources.error} onRetry={() => void sources.refetch()} />
    );
  }
  if (sources.data.length === 0) {
    return (
      <EmptyState
        icon={DatabaseIcon}
        title="No knowledge yet"
        description="Sources are what the agent reads before it answers: upload manuals and policies (PDF, Word, slides…), or add your website and help center to keep them in sync."
        action={
          canManage ? (
            <>
              <Button onClick={(event) => onAdd("upload", event.currentTarget)}>
                <UploadIcon aria-hidden="true" /> Upload files
              </Button>
              <Button variant="outline" onClick={(event) => onAdd("url", event.currentTarget)}>
                <GlobeIcon aria-hidden="true" /> Add a website or page
              </Button>
            </>
          ) : null
        }
      />
    );
  }
  return (
    <Card className="gap-0 py-0">
      <ul aria-label="Knowledge sources" className="divide-y">
        {sources.data.map((source) => (
          <SourceItem key={source.id} source={source} />
        ))}
      </ul>
    </Card>
  );
}
