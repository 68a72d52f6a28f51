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

export function AddUrlDialog({ open, onOpenChange, onCloseAutoFocus, onAdded }: ControlledPanelProps & { onAdded: () => void }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const invalidateSources = useInvalidateSources();
  const [url, setUrl] = useState("");
  const [includeRelated, setIncludeRelated] = useState(false);
  const [pageCap, setPageCap] = useState(String(DEFAULT_PAGE_CAP));
  const [resync, setResync] = useState<Schedule>("weekly");
  const [rejectSensitive, setRejectSensitive] = useState(false);
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
  const fieldNames = ["url", "pageCap", "resync"];
  const generalError = problem && !fieldNames.some((name) => problem.fieldErrors[name]) ? problem.message : null;

  function changeOpen(next: boolean) {
    if (!next) {
      add.reset();
      setUrl("");
      setIncludeRelated(false);
      setPageCap(String(DEFAULT_PAGE_CAP));
      setResync("weekly");
      setRejectSensitive(false);
    }
    onOpenChange(next);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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
          <FormField id="source-url" label="Web address" required error={problem?.fieldErrors.url?.[0]}>
            <Input type="url" inputMode="url" value={url} onChange={(event) => setUrl(event.target.value)} placeholder="https://help.example.com/" autoComplete="url" />
          </FormField>
          <SwitchField
            id="source-include-related"
            label="Import related pages (crawl the whole site under this address)"
            description="Follows the sitemap and links on the same site below this address."
            checked={includeRelated}
            onCheckedChange={setIncludeRelated}
          />
          {includeRelated ? (
            <FormField id="source-page-cap" label="Most pages to import" error={problem?.fieldErrors.pageCap?.[0]}>
              <Input type="number" min={1} max={10_000} step={1} value={pageCap} onChange={(event) => setPageCap(event.target.value)} className="w-32" />
            </FormField>
          ) : null}
          <FormField id="source-resync" label="Sync again" error={problem?.fieldErrors.resync?.[0]}>
            {(control) => <OptionsSelect value={resync} onValueChange={(value) => setResync(value as Schedule)} options={schedules} control={control} />}
          </FormField>
          <SwitchField
            id="source-reject-sensitive"
            label="Reject pages that contain sensitive data"
            description="Otherwise card numbers, ID numbers, passwords and keys are masked before indexing."
            checked={rejectSensitive}
            onCheckedChange={setRejectSensitive}
          />
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
