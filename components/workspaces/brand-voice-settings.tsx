"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";

const MAX = 2_000;

function BrandVoiceHeader() {
  const workspace = useWorkspace();
  return (
    <CardHeader>
      <CardTitle>Brand voice</CardTitle>
      <CardDescription>
        {workspace.can("workspace.update")
          ? "Describe how your company writes. Agents whose personality is “Brand voice” follow it."
          : "How your company writes, for agents whose personality is “Brand voice”. Only admins and owners can change it."}
      </CardDescription>
    </CardHeader>
  );
}

function BrandVoiceForm({ initial }: { initial: string }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const editable = workspace.can("workspace.update");
  const [saved, setSaved] = useState(initial);
  const [text, setText] = useState(initial);
  const update = useMutation(
    trpc.workspaces.update.mutationOptions({
      onSuccess: (updated) => {
        setSaved(updated.brandVoice ?? "");
        setText(updated.brandVoice ?? "");
        toast.success(updated.brandVoice ? "Brand voice saved." : "Brand voice cleared.");
        void queryClient.invalidateQueries({ queryKey: trpc.workspaces.get.queryKey() });
      },
    }),
  );
  const problem = update.error ? describeError(update.error) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ workspaceId: workspace.id, brandVoice: text.trim() || null });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <BrandVoiceHeader />
      <CardContent className="py-4">
        <FormField
          id="workspace-brand-voice"
          label="How your company sounds"
          error={problem?.fieldErrors.brandVoice?.[0] ?? (problem && !Object.keys(problem.fieldErrors).length ? problem.message : undefined)}
          description={`${text.length.toLocaleString("en")} / ${MAX.toLocaleString("en")} characters.`}
        >
          <Textarea
            rows={5}
            className="min-h-28"
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={MAX}
            disabled={!editable}
            placeholder="e.g. Warm and plain-spoken. Short sentences, no jargon. We say “you” and “we”, never “the customer”. A light touch of humour is fine; sarcasm is not."
          />
        </FormField>
      </CardContent>
      {editable ? (
        <CardFooter className="justify-end">
          <Button type="submit" disabled={text.trim() === saved.trim()} loading={update.isPending}>
            Save brand voice
          </Button>
        </CardFooter>
      ) : null}
    </form>
  );
}

/** The workspace's brand voice, which agents with the "Brand voice" personality write in. */
export function BrandVoiceSettings() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const current = useQuery(trpc.workspaces.get.queryOptions({ workspaceId: workspace.id }));
  return (
    <Card>
      {current.data ? (
        <BrandVoiceForm initial={current.data.workspace.brandVoice ?? ""} />
      ) : (
        <div aria-busy="true" aria-label="Loading brand voice">
          <BrandVoiceHeader />
          <CardContent className="py-4">
            <Skeleton className="h-28 w-full" />
          </CardContent>
        </div>
      )}
    </Card>
  );
}
