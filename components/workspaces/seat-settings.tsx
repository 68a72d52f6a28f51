"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toaster";

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

export function SeatSettings() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const details = useQuery(trpc.workspaces.get.queryOptions({ workspaceId: workspace.id }));
  const [seats, setSeats] = useState<string | null>(null);
  const update = useMutation(
    trpc.workspaces.updateSeats.mutationOptions({
      onSuccess: () => {
        toast.success("Seats updated.");
        setSeats(null);
        void queryClient.invalidateQueries({ queryKey: trpc.workspaces.get.queryKey({ workspaceId: workspace.id }) });
      },
    }),
  );
  if (details.isPending) return <Skeleton className="h-40 w-full" />;
  if (details.isError) return null;
  const usage = details.data.seatUsage;
  const value = seats ?? String(usage.seats);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ workspaceId: workspace.id, seats: Number(value) });
  }

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate>
        <CardHeader>
          <CardTitle>Seats</CardTitle>
          <CardDescription>
            {plural(usage.members, "member")} and {plural(usage.pendingInvitations, "pending invitation")} hold a seat. Seats cap how many people can answer conversations or change settings; viewers do not need one.
          </CardDescription>
        </CardHeader>
        <CardContent className="py-4">
          <FormField id="seat-count" label="Number of seats" error={update.error ? describeError(update.error).message : undefined}>
            <Input type="number" min={1} max={10000} value={value} onChange={(event) => setSeats(event.target.value)} className="w-32" />
          </FormField>
        </CardContent>
        <CardFooter className="justify-end">
          <Button type="submit" disabled={value === String(usage.seats)} loading={update.isPending}>
            Update seats
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
