"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
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
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
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
    <AlertDialog onOpenChange={() => setConfirmation("")}>
      <AlertDialogTrigger asChild>
        <Button variant="destructive">Delete workspace</Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete {workspace.name}?</AlertDialogTitle>
          <AlertDialogDescription>
            This permanently deletes the workspace with its members, invitations and everything in it. It cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <FormField id="confirm-delete" label={`Type “${workspace.name}” to confirm`} error={remove.error ? describeError(remove.error).message : undefined}>
          <Input value={confirmation} onChange={(event) => setConfirmation(event.target.value)} autoComplete="off" />
        </FormField>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <Button
            variant="destructive"
            disabled={confirmation !== workspace.name}
            loading={remove.isPending}
            onClick={() => remove.mutate({ workspaceId: workspace.id, confirmName: confirmation })}
          >
            Delete forever
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
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
