"use client";

import { ArrowLeftIcon, MoreHorizontalIcon, Trash2Icon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { PageHeader } from "@/components/dashboard/page-header";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { AgentStatus } from "./agent-status";
import { DeleteAgentDialog } from "./delete-agent-dialog";
import type { ChangeContext } from "./describe-change";
import { PublishDialog } from "./publish-dialog";
import type { AgentDraftState } from "./use-agent-draft";

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function EditorHeader({ draft, context }: { draft: AgentDraftState; context: ChangeContext }) {
  const workspace = useWorkspace();
  const [deleting, setDeleting] = useState(false);
  const { saved } = draft;
  const published = saved.live !== null;
  return (
    <>
      <Link
        href={`/w/${workspace.slug}/agents`}
        className="mb-4 inline-flex items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeftIcon aria-hidden="true" className="size-4" /> Agents
      </Link>
      <PageHeader
        title={saved.draft.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <AgentStatus published={published} hasChanges={saved.changes.length > 0} />
            <span>
              {saved.publishedAt ? `Published ${dateFormat.format(saved.publishedAt)}` : "Never published"}
              {draft.editable ? "" : ". You can view this agent; editors and admins can change it."}
            </span>
          </span>
        }
        actions={
          draft.editable ? (
            <div className="flex flex-wrap items-center justify-end gap-2">
              {draft.dirty ? (
                <span role="status" className="text-sm text-muted-foreground">
                  Unsaved edits
                </span>
              ) : null}
              <Button type="submit" form="agent-form" variant="outline" loading={draft.saving} disabled={!draft.dirty}>
                Save draft
              </Button>
              <PublishDialog draft={draft} context={context} />
              <DropdownMenu>
                <DropdownMenuTrigger asChild>
                  <Button variant="ghost" size="icon" aria-label="More actions">
                    <MoreHorizontalIcon />
                  </Button>
                </DropdownMenuTrigger>
                <DropdownMenuContent align="end">
                  <DropdownMenuItem variant="destructive" onSelect={() => setDeleting(true)}>
                    <Trash2Icon aria-hidden="true" /> Delete agent
                  </DropdownMenuItem>
                </DropdownMenuContent>
              </DropdownMenu>
            </div>
          ) : null
        }
      />
      {draft.editable ? <DeleteAgentDialog agent={{ id: saved.id, name: saved.draft.name, published }} open={deleting} onOpenChange={setDeleting} /> : null}
    </>
  );
}
