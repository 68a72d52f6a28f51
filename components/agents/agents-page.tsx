"use client";

import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { BotIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PageHeader } from "@/components/dashboard/page-header";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { RetryAlert } from "@/components/retry-alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingPlaceholder } from "@/components/ui/loading-placeholder";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AgentStatus } from "./agent-status";
import { CreateAgentDialog } from "./create-agent-dialog";
import type { AgentSummary } from "./types";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

type AgentsQuery = UseQueryResult<AgentSummary[], unknown>;

function AgentsTable({ agents, base }: { agents: AgentSummary[]; base: string }) {
  const router = useRouter();
  return (
    <Card className="py-2">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="hidden sm:table-cell">Published</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {agents.map((agent) => (
            // The name link is the keyboard and screen-reader way in; the row click is a convenience for the mouse.
            <TableRow key={agent.id} className="cursor-pointer" onClick={() => router.push(`${base}/${agent.id}`)}>
              <TableCell className="max-w-72 font-medium">
                <Link href={`${base}/${agent.id}`} className="block truncate underline-offset-4 hover:underline" onClick={(event) => event.stopPropagation()}>
                  {agent.name}
                </Link>
              </TableCell>
              <TableCell>
                <AgentStatus published={agent.published} hasChanges={agent.hasUnpublishedChanges} />
              </TableCell>
              <TableCell className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">{agent.publishedAt ? dateFormat.format(agent.publishedAt) : "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

function AgentsContent({ agents, base, canConfigure, newAgent }: { agents: AgentsQuery; base: string; canConfigure: boolean; newAgent: React.ReactNode }) {
  if (agents.isPending) {
    return <LoadingPlaceholder label="Loading agents" rows={["h-10 w-full", "h-10 w-full"]} />;
  }
  if (agents.isError) return <RetryAlert error={agents.error} onRetry={() => void agents.refetch()} />;
  if (agents.data.length === 0) {
    return (
      <EmptyState
        icon={BotIcon}
        title="No agents yet"
        description={
          canConfigure
            ? "An agent answers your website's visitors from your knowledge, and hands over to your team when it cannot."
            : "An agent answers your website's visitors from your knowledge. Editors and admins can create one."
        }
        action={newAgent}
      />
    );
  }
  return <AgentsTable agents={agents.data} base={base} />;
}

export function AgentsPage() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const [creating, setCreating] = useState(false);
  const agents = useQuery(trpc.agents.list.queryOptions({ workspaceId: workspace.id }));
  const canConfigure = workspace.can("agents.configure");
  const newAgent = canConfigure ? (
    <Button onClick={() => setCreating(true)}>
      <PlusIcon aria-hidden="true" /> New agent
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title="Agents" description="AI agents that answer your website's visitors. Edits stay in a draft until you publish them." actions={agents.data?.length ? newAgent : null} />
      <AgentsContent agents={agents} base={`/w/${workspace.slug}/agents`} canConfigure={canConfigure} newAgent={newAgent} />
      {canConfigure ? <CreateAgentDialog open={creating} onOpenChange={setCreating} /> : null}
    </>
  );
}
