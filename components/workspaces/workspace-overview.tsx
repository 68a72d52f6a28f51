"use client";

import { UserPlusIcon } from "lucide-react";
import Link from "next/link";
import { PageHeader } from "@/components/dashboard/page-header";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { Button } from "@/components/ui/button";
import type { Role } from "@/server/workspaces";
import { GettingStarted } from "./getting-started";
import { OverviewFigureCards, type OverviewFigures } from "./overview-figures";

interface OverviewProps extends Omit<OverviewFigures, "slug"> {
  name: string;
  role: Role;
  roleDescription: string;
  indexedDocuments: number;
}

export function WorkspaceOverview({ name, role, roleDescription, indexedDocuments, ...figures }: OverviewProps) {
  const workspace = useWorkspace();
  return (
    <>
      <PageHeader
        title={name}
        description={`Your role: ${role}. ${roleDescription}`}
        actions={
          workspace.can("members.manage") ? (
            <Button asChild>
              <Link href={`/w/${workspace.slug}/members`}>
                <UserPlusIcon aria-hidden="true" /> Invite teammates
              </Link>
            </Button>
          ) : null
        }
      />
      <div className="grid gap-6">
        <OverviewFigureCards slug={workspace.slug} {...figures} />
        <GettingStarted slug={workspace.slug} indexedDocuments={indexedDocuments} agents={figures.agents} previewConversations={figures.conversations.previews} />
      </div>
    </>
  );
}
