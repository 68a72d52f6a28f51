"use client";

import { useQuery } from "@tanstack/react-query";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { Skeleton } from "@/components/ui/skeleton";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
const plain = (n: number) => n.toLocaleString();

function QuotaRow({ label, used, limit, format }: { label: string; used: number; limit: number; format: (n: number) => string }) {
  const unlimited = limit === 0;
  const share = unlimited ? 0 : Math.min(1, used / limit);
  return (
    <div className="grid gap-1.5">
      <div className="flex items-baseline justify-between gap-4 text-sm">
        <span className="font-medium">{label}</span>
        <span className={share >= 0.9 ? "text-destructive" : "text-muted-foreground"}>{unlimited ? `${format(used)} (no limit)` : `${format(used)} of ${format(limit)}`}</span>
      </div>
      {unlimited ? null : <Progress value={share * 100} label={`${label} used`} hideLabel />}
    </div>
  );
}

/** The install's per-workspace quotas (QUOTA_* settings) and how much of each this workspace uses. */
export function QuotaUsage() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const usage = useQuery(trpc.workspaces.usage.queryOptions({ workspaceId: workspace.id }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Usage and limits</CardTitle>
        <CardDescription>Limits this server sets for each workspace. Whoever runs the server can change them.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {usage.isPending ? <Skeleton className="h-24 w-full" /> : null}
        {usage.isError ? <p className="text-sm text-destructive">{describeError(usage.error).message}</p> : null}
        {usage.data ? (
          <>
            <QuotaRow label="Pages from websites" used={usage.data.crawledPages.used} limit={usage.data.crawledPages.limit} format={plain} />
            <QuotaRow label="Uploaded files" used={usage.data.storageBytes.used} limit={usage.data.storageBytes.limit} format={megabytes} />
            <QuotaRow label="Invitations in the last 24 hours" used={usage.data.invitationsToday.used} limit={usage.data.invitationsToday.limit} format={plain} />
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
