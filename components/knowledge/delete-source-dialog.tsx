"use client";

import { useMutation } from "@tanstack/react-query";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
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
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete {source.name}?</AlertDialogTitle>
          <AlertDialogDescription>
            Its {pluralize(source.documentCount, source.kind)} leave the index right away and the agent stops answering from them. This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          {/* A plain button, not AlertDialogAction, so the dialog stays open (and busy) until the delete finishes. */}
          <Button variant="destructive" loading={remove.isPending} onClick={() => remove.mutate({ workspaceId: workspace.id, sourceId: source.id })}>
            Delete source
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
