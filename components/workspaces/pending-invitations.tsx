"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

export function PendingInvitations() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.invitations.list.queryOptions({ workspaceId: workspace.id }));
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSuccess: () => toast.success("Invitation withdrawn. Its link no longer works."),
      onError: (error) => toast.error(describeError(error).message),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey({ workspaceId: workspace.id }) }),
    }),
  );
  if (invitations.isPending) return <Skeleton className="h-16 w-full" />;
  if (invitations.isError) return <p className="text-sm text-destructive">{describeError(invitations.error).message}</p>;
  if (invitations.data.length === 0) return <p className="text-sm text-muted-foreground">No pending invitations.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Invited</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Expires</TableHead>
          <TableHead className="sr-only">Actions</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invitations.data.map((invitation) => (
          <TableRow key={invitation.id}>
            <TableCell>{invitation.email ?? <span className="text-muted-foreground">Anyone with the link</span>}</TableCell>
            <TableCell>
              <Badge variant="outline" className="capitalize">
                {invitation.role}
              </Badge>
            </TableCell>
            <TableCell>{dateFormat.format(invitation.expiresAt)}</TableCell>
            <TableCell className="text-right">
              <Button variant="ghost" size="sm" loading={revoke.isPending && revoke.variables?.invitationId === invitation.id} onClick={() => revoke.mutate({ workspaceId: workspace.id, invitationId: invitation.id })}>
                Withdraw
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
