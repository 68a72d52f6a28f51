"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { OptionsSelect } from "@/components/ui/options-select";
import { toast } from "@/components/ui/toaster";
import { SwitchField } from "./switch-field";
import type { ControlledPanelProps } from "./types";
import { useInvalidateSources } from "./use-invalidate-sources";

const schedules = [
  { value: "off", label: "Never (sync by hand)" },
  { value: "daily", label: "Daily" },
  { value: "weekly", label: "Weekly" },
] as const;
type Schedule = (typeof schedules)[number]["value"];

const DEFAULT_PAGE_CAP = 1_000;

interface UrlSourceOptions {
  url: string;
  includeRelated: boolean;
  pageCap: string;
  resync: Schedule;
  rejectSensitive: boolean;
}

const defaults: UrlSourceOptions = { url: "", includeRelated: false, pageCap: String(DEFAULT_PAGE_CAP), resync: "weekly", rejectSensitive: false };

/** The crawl options below the address. */
function CrawlOptions({ options, change, fieldError }: { options: UrlSourceOptions; change: (next: Partial<UrlSourceOptions>) => void; fieldError: (name: string) => string | undefined }) {
  return (
    <>
      <SwitchField
        id="source-include-related"
        label="Import related pages (crawl the whole site under this address)"
        description="Follows the sitemap and links on the same site below this address."
        checked={options.includeRelated}
        onCheckedChange={(includeRelated) => change({ includeRelated })}
      />
      {options.includeRelated ? (
        <FormField id="source-page-cap" label="Most pages to import" error={fieldError("pageCap")}>
          <Input type="number" min={1} max={10_000} step={1} value={options.pageCap} onChange={(event) => change({ pageCap: event.target.value })} className="w-32" />
        </FormField>
      ) : null}
      <FormField id="source-resync" label="Sync again" error={fieldError("resync")}>
        {(control) => <OptionsSelect value={options.resync} onValueChange={(value) => change({ resync: value as Schedule })} options={schedules} control={control} />}
      </FormField>
      <SwitchField
        id="source-reject-sensitive"
        label="Reject pages that contain sensitive data"
        description="Otherwise card numbers, ID numbers, passwords and keys are masked before indexing."
        checked={options.rejectSensitive}
        onCheckedChange={(rejectSensitive) => change({ rejectSensitive })}
      />
    </>
  );
}

export function AddUrlDialog({ open, onOpenChange, onCloseAutoFocus, onAdded }: ControlledPanelProps & { onAdded: () => void }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const invalidateSources = useInvalidateSources();
  const [options, setOptions] = useState(defaults);
  const change = (next: Partial<UrlSourceOptions>) => setOptions((current) => ({ ...current, ...next }));
  const add = useMutation(
    trpc.knowledge.sources.addUrl.mutationOptions({
      onSuccess: (source) => {
        toast.success(`Added ${source.name}. Indexing has started.`);
        void invalidateSources();
        changeOpen(false);
        onAdded();
      },
    }),
  );
  const problem = add.error ? describeError(add.error) : null;
  const fieldError = (name: string) => problem?.fieldErrors[name]?.[0];
  const generalError = problem && !["url", "pageCap", "resync"].some(fieldError) ? problem.message : null;

  function changeOpen(next: boolean) {
    if (!next) {
      add.reset();
      setOptions(defaults);
    }
    onOpenChange(next);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { url, includeRelated, pageCap, resync, rejectSensitive } = options;
    add.mutate({ workspaceId: workspace.id, url: url.trim(), includeRelated, pageCap: Number(pageCap) || DEFAULT_PAGE_CAP, resync, rejectSensitive });
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>Add a website or page</DialogTitle>
          <DialogDescription>The page is read now and kept up to date on the schedule you choose.</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          <FormError message={generalError} />
          <FormField id="source-url" label="Web address" required error={fieldError("url")}>
            <Input type="url" inputMode="url" value={options.url} onChange={(event) => change({ url: event.target.value })} placeholder="https://help.example.com/" autoComplete="url" />
          </FormField>
          <CrawlOptions options={options} change={change} fieldError={fieldError} />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => changeOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add source
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
