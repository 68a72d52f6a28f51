"use client";

import { ArrowRightIcon } from "lucide-react";
import { describeValue, type ChangeContext } from "./describe-change";
import type { SettingsChange } from "./types";

/** Each change as "label: before → after"; `label` names the list for screen readers. */
export function ChangesList({ changes, context, label }: { changes: SettingsChange[]; context: ChangeContext; label: string }) {
  return (
    <ul aria-label={label} className="grid gap-2 text-sm">
      {changes.map((change) => (
        <li key={change.field} className="grid gap-x-4 gap-y-1 rounded-md border bg-background px-3 py-2 sm:grid-cols-[14rem_minmax(0,1fr)]">
          <span className="font-medium">{change.label}</span>
          <span className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-muted-foreground">
            <span className="min-w-0 break-words line-through decoration-muted-foreground/50">
              <span className="sr-only">Before: </span>
              {describeValue(change.field, change.before, context)}
            </span>
            <ArrowRightIcon aria-hidden="true" className="size-3.5 shrink-0" />
            <span className="min-w-0 break-words text-foreground">
              <span className="sr-only">After: </span>
              {describeValue(change.field, change.after, context)}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
