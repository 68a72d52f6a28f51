"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { limits } from "./form-model";

export function CreateAgentDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const create = useMutation(
    trpc.agents.create.mutationOptions({
      onSuccess: (agent) => {
        toast.success(`${agent.draft.name} was created. Set it up, then publish it.`);
        void queryClient.invalidateQueries({ queryKey: trpc.agents.list.queryKey() });
        router.push(`/w/${workspace.slug}/agents/${agent.id}`);
      },
    }),
  );
  const problem = create.error ? describeError(create.error) : null;

  function changeOpen(next: boolean) {
    if (!next) {
      create.reset();
      setName("");
    }
    onOpenChange(next);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ workspaceId: workspace.id, name });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>New agent</DialogTitle>
            <DialogDescription>It starts with sensible defaults and stays private until you publish it.</DialogDescription>
          </DialogHeader>
          <FormField id="new-agent-name" label="Name" required error={problem?.fieldErrors.name?.[0] ?? (problem && !problem.fieldErrors.name ? problem.message : undefined)} description="Visitors see it in the chat header.">
            <Input value={name} onChange={(event) => setName(event.target.value)} maxLength={limits.name} placeholder="e.g. Support assistant" autoComplete="off" autoFocus />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => changeOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || create.isSuccess}>
              Create agent
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
