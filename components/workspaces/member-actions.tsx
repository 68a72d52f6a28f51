"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import type { Role } from "@/server/workspaces";

const roles: Role[] = ["owner", "admin", "editor", "agent", "viewer"];

export function MemberRoleSelect({ userId, role, label }: { userId: string; role: Role; label: string }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const change = useMutation(
    trpc.members.changeRole.mutationOptions({
      onSuccess: (result) => toast.success(`${label} is now ${result.role}.`),
      onError: (error) => toast.error(describeError(error).message),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey({ workspaceId: workspace.id }) }),
    }),
  );
  return (
    <Select value={role} disabled={change.isPending} onValueChange={(next) => change.mutate({ workspaceId: workspace.id, userId, role: next as Role })}>
      <SelectTrigger size="sm" className="w-32 capitalize" aria-label={`Role of ${label}`}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {roles.map((option) => (
          <SelectItem key={option} value={option} className="capitalize" disabled={option === "owner" && workspace.role !== "owner"}>
            {option}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

/** Removing someone else, or leaving yourself; both ask for confirmation first. */
export function RemoveMemberButton({ userId, label, isSelf, prominent = false }: { userId: string; label: string; isSelf: boolean; prominent?: boolean }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const onError = (error: unknown) => toast.error(describeError(error).message);
  const remove = useMutation(
    trpc.members.remove.mutationOptions({
      onSuccess: () => {
        toast.success(`${label} was removed from ${workspace.name}.`);
        setConfirming(false);
        void queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey({ workspaceId: workspace.id }) });
      },
      onError,
    }),
  );
  const leave = useMutation(
    trpc.members.leave.mutationOptions({
      onSuccess: () => {
        router.push("/");
        router.refresh();
      },
      onError,
    }),
  );
  const pending = remove.isPending || leave.isPending;
  return (
    <ConfirmDialog
      open={confirming}
      onOpenChange={setConfirming}
      trigger={
        <Button variant={prominent ? "outline" : "ghost"} size={prominent ? "default" : "sm"} loading={pending}>
          {isSelf ? (prominent ? "Leave workspace" : "Leave") : "Remove"}
        </Button>
      }
      title={isSelf ? `Leave ${workspace.name}?` : `Remove ${label}?`}
      description={
        isSelf
          ? "You will lose access to this workspace until someone invites you again."
          : `${label} will lose access to ${workspace.name} immediately. You can invite them again later.`
      }
      confirmLabel={isSelf ? "Leave workspace" : "Remove"}
      pending={pending}
      onConfirm={() => (isSelf ? leave.mutate({ workspaceId: workspace.id }) : remove.mutate({ workspaceId: workspace.id, userId }))}
    />
  );
}
