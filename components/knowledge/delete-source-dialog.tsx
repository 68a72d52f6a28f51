"use client";

import { useMutation } from "@tanstack/react-query";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toaster";
import { pluralize } from "./format";
import type { ControlledPanelProps, SourceRow } from "./types";
import { useInvalidateSources } from "./use-invalidate-sources";

export function DeleteSourceDialog({ source, open, onOpenChange, onCloseAutoFocus }: ControlledPanelProps & { source: SourceRow }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const invalidateSources = useInvalidateSources();
  const remove = useMutation(
    trpc.knowledge.sources.delete.mutationOptions({
      onSuccess: (result) => {
        toast.success(`${result.name} was deleted.`);
        onOpenChange(false);
      },
      onError: (error) => toast.error(describeError(error).message),
      onSettled: invalidateSources,
    }),
  );
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      contentProps={{ onCloseAutoFocus }}
      title={`Delete ${source.name}?`}
      description={`Its ${pluralize(source.documentCount, source.kind)} leave the index right away and the agent stops answering from them. This cannot be undone.`}
      confirmLabel="Delete source"
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ workspaceId: workspace.id, sourceId: source.id })}
    />
  );
}
