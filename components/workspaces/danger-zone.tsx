"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { RemoveMemberButton } from "./member-actions";

function DeleteWorkspace() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const router = useRouter();
  const [confirmation, setConfirmation] = useState("");
  const remove = useMutation(
    trpc.workspaces.delete.mutationOptions({
      onSuccess: () => {
        toast.success(`${workspace.name} was deleted.`);
        router.push("/");
        router.refresh();
      },
    }),
  );
  return (
    <ConfirmDialog
      onOpenChange={() => setConfirmation("")}
      trigger={<Button variant="destructive">Delete workspace</Button>}
      title={`Delete ${workspace.name}?`}
      description="This permanently deletes the workspace with its members, invitations and everything in it. It cannot be undone."
      confirmLabel="Delete forever"
      disabled={confirmation !== workspace.name}
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ workspaceId: workspace.id, confirmName: confirmation })}
    >
      <FormField id="confirm-delete" label={`Type “${workspace.name}” to confirm`} error={remove.error ? describeError(remove.error).message : undefined}>
        <Input value={confirmation} onChange={(event) => setConfirmation(event.target.value)} autoComplete="off" />
      </FormField>
    </ConfirmDialog>
  );
}

export function DangerZone() {
  const workspace = useWorkspace();
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>Danger zone</CardTitle>
        <CardDescription>Leaving or deleting cannot be undone from here.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-center gap-3">
        <RemoveMemberButton userId={workspace.userId} label="you" isSelf prominent />
        {workspace.can("workspace.delete") ? <DeleteWorkspace /> : null}
      </CardContent>
    </Card>
  );
}
