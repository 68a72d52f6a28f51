"use client";

import { RocketIcon } from "lucide-react";
import { useState } from "react";
import { describeError } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { ChangesList } from "./changes-list";
import type { ChangeContext } from "./describe-change";
import type { AgentDraftState } from "./use-agent-draft";

/** Publishing is what visitors notice, so it asks first and shows exactly what will change. */
export function PublishDialog({ draft, context }: { draft: AgentDraftState; context: ChangeContext }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { saved } = draft;
  const firstPublish = saved.live === null;
  const nothingToPublish = !firstPublish && saved.changes.length === 0;

  function changeOpen(next: boolean) {
    setError(null);
    setOpen(next);
  }

  async function confirm() {
    try {
      await draft.publish();
      setOpen(false);
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={changeOpen}
      trigger={
        <Button disabled={draft.dirty || nothingToPublish} title={draft.dirty ? "Save your edits before publishing." : undefined}>
          <RocketIcon aria-hidden="true" /> Publish
        </Button>
      }
      contentProps={{ className: "sm:max-w-xl" }}
      title={`Publish ${saved.draft.name}?`}
      description={
        firstPublish
          ? "The agent goes live: the chat starts answering on the demo page and on the websites you allowed. Compared with a new agent's settings:"
          : "Visitors get these changes in their next conversation:"
      }
      variant="default"
      confirmLabel="Publish now"
      pending={draft.publishing}
      onConfirm={() => void confirm()}
    >
      {saved.changes.length ? (
        <div className="max-h-[50dvh] overflow-y-auto">
          <ChangesList changes={saved.changes} context={context} label="Changes to publish" />
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">The default settings, unchanged.</p>
      )}
      <FormError message={error} />
    </ConfirmDialog>
  );
}
