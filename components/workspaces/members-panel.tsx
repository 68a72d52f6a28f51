"use client";

import { useQuery } from "@tanstack/react-query";
import { PageHeader } from "@/components/dashboard/page-header";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Avatar, AvatarFallback } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LoadingPlaceholder } from "@/components/ui/loading-placeholder";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { InviteDialog } from "./invite-dialog";
import { MemberRoleSelect, RemoveMemberButton } from "./member-actions";
import { PendingInvitations } from "./pending-invitations";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type Member = inferRouterOutputs<AppRouter>["members"]["list"][number];

function MemberRow({ member, canManage }: { member: Member; canManage: boolean }) {
  const workspace = useWorkspace();
  const label = member.name ?? member.email;
  const isSelf = member.userId === workspace.userId;
  return (
    <TableRow>
      <TableCell>
        <div className="flex items-center gap-3">
          <Avatar className="size-8">
            <AvatarFallback name={label} />
          </Avatar>
          <div className="grid min-w-0">
            <span className="truncate font-medium">
              {label} {isSelf ? <span className="text-muted-foreground">(you)</span> : null}
            </span>
            {member.name ? <span className="truncate text-xs text-muted-foreground">{member.email}</span> : null}
          </div>
        </div>
      </TableCell>
      <TableCell>
        {canManage && !isSelf ? (
          <MemberRoleSelect userId={member.userId} role={member.role} label={label} />
        ) : (
          <Badge variant="secondary" className="capitalize">
            {member.role}
          </Badge>
        )}
      </TableCell>
      <TableCell className="text-right">{isSelf || canManage ? <RemoveMemberButton userId={member.userId} label={label} isSelf={isSelf} /> : null}</TableCell>
    </TableRow>
  );
}

function MembersTable({ canManage }: { canManage: boolean }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const members = useQuery(trpc.members.list.queryOptions({ workspaceId: workspace.id }));
  if (members.isPending) {
    return <LoadingPlaceholder label="Loading members" rows={["h-10 w-full", "h-10 w-full"]} />;
  }
  if (members.isError) {
    return (
      <Alert variant="destructive">
        <AlertDescription>{describeError(members.error).message}</AlertDescription>
      </Alert>
    );
  }
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Person</TableHead>
          <TableHead>Role</TableHead>
          <TableHead className="sr-only">Actions</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.data.map((member) => (
          <MemberRow key={member.userId} member={member} canManage={canManage} />
        ))}
      </TableBody>
    </Table>
  );
}

export function MembersPanel() {
  const workspace = useWorkspace();
  const canManage = workspace.can("members.manage");
  return (
    <>
      <PageHeader title="Members" description="People who can sign in to this workspace, and what each may do." actions={canManage ? <InviteDialog /> : null} />
      <div className="grid gap-6">
        <Card>
          <CardContent>
            <MembersTable canManage={canManage} />
          </CardContent>
        </Card>
        {canManage ? (
          <Card>
            <CardHeader>
              <CardTitle>Pending invitations</CardTitle>
              <CardDescription>Invitations that have not been accepted yet.</CardDescription>
            </CardHeader>
            <CardContent>
              <PendingInvitations />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
