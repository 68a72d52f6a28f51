"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleStopIcon, ListIcon, MoreHorizontalIcon, PencilIcon, RefreshCwIcon, Trash2Icon } from "lucide-react";
import { useRef, useState } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toaster";
import { DeleteSourceDialog } from "./delete-source-dialog";
import { isSyncActive } from "./format";
import { RenameSourceDialog } from "./rename-source-dialog";
import { SourcePagesSheet } from "./source-pages-sheet";
import type { SourceRow } from "./types";
import { useInvalidateSources } from "./use-invalidate-sources";

type Panel = "pages" | "rename" | "delete";

/** Resync and cancel, announcing what happened. */
function useSyncActions(source: SourceRow) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const invalidateSources = useInvalidateSources();
  const ids = { workspaceId: workspace.id, sourceId: source.id };
  const onError = (error: unknown) => toast.error(describeError(error).message);
  const sync = useMutation(
    trpc.knowledge.sources.sync.mutationOptions({
      onSuccess: (result) => toast.success(result.alreadyRunning ? `${source.name} is already syncing.` : `Syncing ${source.name} again.`),
      onError,
      onSettled: invalidateSources,
    }),
  );
  const cancel = useMutation(
    trpc.knowledge.sources.cancel.mutationOptions({
      onSuccess: (result) => toast.success(result.cancelledRunId ? `Stopped syncing ${source.name}.` : `${source.name} was not syncing.`),
      onError,
      onSettled: invalidateSources,
    }),
  );
  return { resync: () => sync.mutate(ids), cancel: () => cancel.mutate(ids), busy: sync.isPending || cancel.isPending };
}

function ManageItems({ source, actions, open }: { source: SourceRow; actions: ReturnType<typeof useSyncActions>; open: (panel: Panel) => void }) {
  const isCollection = source.kind === "articles" || source.kind === "short_answers";
  return (
    <>
      {isSyncActive(source.status) ? (
        <DropdownMenuItem onSelect={actions.cancel}>
          <CircleStopIcon aria-hidden="true" /> Cancel sync
        </DropdownMenuItem>
      ) : (
        <DropdownMenuItem onSelect={actions.resync}>
          <RefreshCwIcon aria-hidden="true" /> Resync
        </DropdownMenuItem>
      )}
      <DropdownMenuItem onSelect={() => open("rename")}>
        <PencilIcon aria-hidden="true" /> Rename
      </DropdownMenuItem>
      {isCollection ? null : (
        <>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={() => open("delete")}>
            <Trash2Icon aria-hidden="true" /> Delete
          </DropdownMenuItem>
        </>
      )}
    </>
  );
}

export function SourceActions({ source }: { source: SourceRow }) {
  const workspace = useWorkspace();
  const [panel, setPanel] = useState<Panel | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const canManage = workspace.can("knowledge.manage");
  const isCollection = source.kind === "articles" || source.kind === "short_answers";
  const actions = useSyncActions(source);

  const panelProps = (kind: Panel) => ({
    open: panel === kind,
    onOpenChange: (open: boolean) => setPanel(open ? kind : null),
    // Opened from a menu that is gone by now: send focus back to the menu's button.
    onCloseAutoFocus: (event: Event) => {
      event.preventDefault();
      trigger.current?.focus();
    },
  });

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button ref={trigger} variant="ghost" size="icon" aria-label={`Actions for ${source.name}`} loading={actions.busy}>
            <MoreHorizontalIcon />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-48">
          <DropdownMenuItem onSelect={() => setPanel("pages")}>
            <ListIcon aria-hidden="true" /> View {source.kind === "url" ? "pages" : "documents"}
          </DropdownMenuItem>
          {canManage ? <ManageItems source={source} actions={actions} open={setPanel} /> : null}
        </DropdownMenuContent>
      </DropdownMenu>
      <SourcePagesSheet source={source} {...panelProps("pages")} />
      {canManage ? (
        <>
          <RenameSourceDialog source={source} {...panelProps("rename")} />
          {isCollection ? null : <DeleteSourceDialog source={source} {...panelProps("delete")} />}
        </>
      ) : null}
    </>
  );
}
