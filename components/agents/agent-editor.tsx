"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeftIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { RetryAlert } from "@/components/retry-alert";
import { LoadingPlaceholder } from "@/components/ui/loading-placeholder";
import { AgentConfigForm } from "./agent-config-form";

/** The configuration page of one agent. `preview` fills the column beside the form on wide screens. */
export function AgentEditor({ agentId, preview }: { agentId: string; preview?: ReactNode }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  // The form copies the version it opened with, so a background refetch never overwrites edits; it only freshens what the next visit starts from.
  const agent = useQuery(trpc.agents.get.queryOptions({ workspaceId: workspace.id, agentId }, { refetchOnWindowFocus: false }));

  if (agent.isPending) {
    return <LoadingPlaceholder label="Loading agent" rows={["h-5 w-24", "h-8 w-64", "h-16 w-full max-w-4xl", "h-96 w-full max-w-4xl"]} className="grid gap-4" />;
  }
  if (!agent.data) {
    return (
      <div className="grid gap-4">
        <Link href={`/w/${workspace.slug}/agents`} className="inline-flex items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:underline">
          <ArrowLeftIcon aria-hidden="true" className="size-4" /> Agents
        </Link>
        <RetryAlert error={agent.error} onRetry={() => void agent.refetch()} />
      </div>
    );
  }
  return <AgentConfigForm key={agent.data.id} agent={agent.data} preview={preview} />;
}
