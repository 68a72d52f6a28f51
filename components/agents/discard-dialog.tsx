"use client";

import { Undo2Icon } from "lucide-react";
import { useState } from "react";
import { describeError } from "@/components/providers/trpc";
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
import { toast } from "@/components/ui/toaster";
import type { AgentDraftState } from "./use-agent-draft";

export function DiscardDialog({ draft }: { draft: AgentDraftState }) {
  const [open, setOpen] = useState(false);

  async function confirm() {
    try {
      await draft.discard();
      setOpen(false);
    } catch (caught) {
      toast.error(describeError(caught).message);
    }
  }

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Undo2Icon aria-hidden="true" /> Discard draft changes
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Discard draft changes?</AlertDialogTitle>
          <AlertDialogDescription>
            The draft goes back to the live version{draft.dirty ? ", and your unsaved edits are lost too" : ""}. This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep editing</AlertDialogCancel>
          <Button variant="destructive" loading={draft.discarding} onClick={() => void confirm()}>
            Discard changes
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
