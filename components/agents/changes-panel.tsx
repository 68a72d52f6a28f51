"use client";

import { CircleCheckIcon } from "lucide-react";
import { ChangesList } from "./changes-list";
import type { ChangeContext } from "./describe-change";
import { DiscardDialog } from "./discard-dialog";
import type { AgentDraftState } from "./use-agent-draft";

/** What differs between the saved draft and what visitors see, always in view above the form. */
export function ChangesPanel({ draft, context }: { draft: AgentDraftState; context: ChangeContext }) {
  const { saved } = draft;
  const published = saved.live !== null;
  const count = saved.changes.length;

  if (count === 0) {
    return (
      <section aria-label="Unpublished changes" className="flex items-center gap-2 rounded-lg border px-4 py-3 text-sm text-muted-foreground">
        {published ? <CircleCheckIcon aria-hidden="true" className="size-4 shrink-0 text-success" /> : null}
        <p>
          {published
            ? "No unpublished changes: visitors see this saved version."
            : "Not published yet: visitors cannot talk to this agent. Try it in the preview, then publish it."}
          {draft.dirty ? (published ? " Your unsaved edits are not included." : " Save your edits first.") : ""}
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="unpublished-changes-heading" className="grid gap-3 rounded-lg border border-warning/40 bg-warning/5 p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h2 id="unpublished-changes-heading" className="font-semibold">
            Unpublished changes: {count}
          </h2>
          <p className="text-sm text-muted-foreground">
            {published
              ? "Saved in the draft, not yet seen by visitors."
              : "Not published yet: visitors cannot talk to this agent. Compared with a new agent's settings, apart from its name."}
            {draft.dirty ? " Save your edits to include them." : ""}
          </p>
        </div>
        {published && draft.editable ? <DiscardDialog draft={draft} /> : null}
      </div>
      {count > 0 ? (
        <div className="max-h-72 overflow-y-auto">
          <ChangesList changes={saved.changes} context={context} label="Unpublished changes" />
        </div>
      ) : null}
    </section>
  );
}
