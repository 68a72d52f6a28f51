"use client";

import { Undo2Icon } from "lucide-react";
import { useState } from "react";
import { describeError } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="outline" size="sm">
          <Undo2Icon aria-hidden="true" /> Discard draft changes
        </Button>
      }
      title="Discard draft changes?"
      description={`The draft goes back to the live version${draft.dirty ? ", and your unsaved edits are lost too" : ""}. This cannot be undone.`}
      cancelLabel="Keep editing"
      confirmLabel="Discard changes"
      pending={draft.discarding}
      onConfirm={() => void confirm()}
    />
  );
}
