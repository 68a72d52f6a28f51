"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import type { ControlledPanelProps, SourceRow } from "./types";
import { useInvalidateSources } from "./use-invalidate-sources";

export function RenameSourceDialog({ source, open, onOpenChange, onCloseAutoFocus }: ControlledPanelProps & { source: SourceRow }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const invalidateSources = useInvalidateSources();
  const [name, setName] = useState(source.name);
  const rename = useMutation(
    trpc.knowledge.sources.rename.mutationOptions({
      onSuccess: (renamed) => {
        toast.success(`Renamed to ${renamed.name}.`);
        void invalidateSources();
        onOpenChange(false);
      },
    }),
  );
  const problem = rename.error ? describeError(rename.error) : null;

  function changeOpen(next: boolean) {
    if (next) setName(source.name);
    else rename.reset();
    onOpenChange(next);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    rename.mutate({ workspaceId: workspace.id, sourceId: source.id, name });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>Rename source</DialogTitle>
          <DialogDescription>The name is only shown here and to your team; answers cite the page or file title.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          <FormField id={`rename-${source.id}`} label="Name" error={problem ? (problem.fieldErrors.name?.[0] ?? problem.message) : undefined}>
            <Input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} autoComplete="off" />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => changeOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={rename.isPending} disabled={!name.trim() || name.trim() === source.name}>
              Save name
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
