"use client";

import { UserPlusIcon } from "lucide-react";
import Link from "next/link";
import { PageHeader } from "@/components/dashboard/page-header";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import type { Role, SeatUsage } from "@/server/workspaces";

interface OverviewProps {
  name: string;
  role: Role;
  roleDescription: string;
  memberCount: number;
  seats: SeatUsage;
}

export function WorkspaceOverview({ name, role, roleDescription, memberCount, seats }: OverviewProps) {
  const workspace = useWorkspace();
  const used = seats.members + seats.pendingInvitations;
  return (
    <>
      <PageHeader
        title={name}
        description="Your workspace at a glance."
        actions={
          workspace.can("members.manage") ? (
            <Button asChild>
              <Link href={`/w/${workspace.slug}/members`}>
                <UserPlusIcon aria-hidden="true" /> Invite teammates
              </Link>
            </Button>
          ) : null
        }
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Card>
          <CardHeader>
            <CardDescription>Your role</CardDescription>
            <CardTitle className="capitalize">
              <Badge variant="secondary" className="text-sm">
                {role}
              </Badge>
            </CardTitle>
          </CardHeader>
          <CardContent className="text-sm text-muted-foreground">{roleDescription}</CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>Members</CardDescription>
            <CardTitle className="text-3xl tabular-nums">{memberCount}</CardTitle>
          </CardHeader>
          <CardContent className="text-sm text-muted-foreground">
            <Link className="text-primary underline-offset-4 hover:underline" href={`/w/${workspace.slug}/members`}>
              See everyone
            </Link>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>Paid seats in use</CardDescription>
            <CardTitle className="text-3xl tabular-nums">
              {used} <span className="text-base font-normal text-muted-foreground">of {seats.seats}</span>
            </CardTitle>
          </CardHeader>
          <CardContent className="grid gap-2 text-sm text-muted-foreground">
            <Progress value={Math.min(used, seats.seats)} max={seats.seats} label="Paid seats in use" hideLabel />
            {seats.pendingInvitations ? `${seats.pendingInvitations} held by pending invitations.` : "Viewers do not take a seat."}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
