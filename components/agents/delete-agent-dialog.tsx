"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${agent.name}?`}
      description={`${agent.published ? "The chat stops working on every website that embeds it, and its" : "Its"} conversations are deleted with it. This cannot be undone.`}
      confirmLabel="Delete agent"
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ workspaceId: workspace.id, agentId: agent.id })}
    />
  );
}
