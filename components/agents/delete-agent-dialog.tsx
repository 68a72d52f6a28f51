"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
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

interface DeleteAgentDialogProps {
  agent: { id: string; name: string; published: boolean };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function DeleteAgentDialog({ agent, open, onOpenChange }: DeleteAgentDialogProps) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.agents.delete.mutationOptions({
      onSuccess: () => {
        toast.success(`${agent.name} was deleted.`);
        onOpenChange(false);
        router.push(`/w/${workspace.slug}/agents`);
        queryClient.removeQueries({ queryKey: trpc.agents.get.queryKey({ workspaceId: workspace.id, agentId: agent.id }) });
        void queryClient.invalidateQueries({ queryKey: trpc.agents.list.queryKey() });
      },
      onError: (error) => toast.error(describeError(error).message),
    }),
  );
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete {agent.name}?</AlertDialogTitle>
          <AlertDialogDescription>
            {agent.published ? "The chat stops working on every website that embeds it, and " : ""}
            {agent.published ? "its" : "Its"} conversations are deleted with it. This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <Button variant="destructive" loading={remove.isPending} onClick={() => remove.mutate({ workspaceId: workspace.id, agentId: agent.id })}>
            Delete agent
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
