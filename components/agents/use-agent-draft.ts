"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { toast } from "@/components/ui/toaster";
import { fromForm, sameSettings, serverFieldErrors, toForm, validateForm, type AgentForm } from "./form-model";
import { firstSectionWithErrors, type SectionName } from "./sections";
import type { AgentDetail, FieldErrors } from "./types";

export function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}

/** Sources deleted since they were chosen are not shown, so they are not kept either. */
function withoutDeletedSources(sourceIds: string[] | null, sources: { id: string }[] | undefined): string[] | null {
  if (!sourceIds || !sources) return sourceIds;
  const known = new Set(sources.map((source) => source.id));
  return sourceIds.filter((id) => known.has(id));
}

/** Field errors from the last refused save, and from checking the form again while `checkedForm` is given. */
function draftProblems(saveError: unknown, checkedForm: AgentForm | null): { errors: FieldErrors; generalError: string | null } {
  const problem = saveError ? describeError(saveError) : null;
  const errors: FieldErrors = { ...(problem ? serverFieldErrors(problem.fieldErrors) : {}), ...(checkedForm ? validateForm(checkedForm) : {}) };
  return { errors, generalError: problem && Object.keys(problem.fieldErrors).length === 0 ? problem.message : null };
}

/** Saving, publishing and discarding the draft; each success hands the server's new version to `accept`. */
function useDraftMutations(accept: (result: AgentDetail) => void) {
  const trpc = useTRPC();
  const save = useMutation(
    trpc.agents.updateDraft.mutationOptions({
      onSuccess: (result) => {
        accept(result);
        toast.success(result.changes.length ? "Draft saved. Publish it to make it live." : "Draft saved.");
      },
    }),
  );
  const publish = useMutation(
    trpc.agents.publish.mutationOptions({
      onSuccess: (result) => {
        accept(result);
        toast.success(`${result.draft.name} is live.`);
      },
    }),
  );
  const discard = useMutation(
    trpc.agents.discardDraft.mutationOptions({
      onSuccess: (result) => {
        accept(result);
        toast.success("Draft changes discarded. The draft matches the live version again.");
      },
    }),
  );
  return { save, publish, discard };
}

/** The configuration form's state and the calls that save, publish and discard it. */
export function useAgentDraft(agent: AgentDetail) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const editable = workspace.can("agents.configure");
  // The server's version the form is based on; saves send its time so a concurrent edit is refused, not overwritten.
  const [saved, setSaved] = useState(agent);
  const [form, setForm] = useState<AgentForm>(() => toForm(agent.draft));
  // After a refused save, problems are rechecked as the person types, so fixed fields clear at once.
  const [checking, setChecking] = useState(false);
  const sources = useQuery(trpc.knowledge.sources.list.queryOptions({ workspaceId: workspace.id }));
  const key = { workspaceId: workspace.id, agentId: agent.id };

  const settings = fromForm(form);
  const dirty = editable && !sameSettings(settings, fromForm(toForm(saved.draft)));

  function accept(result: AgentDetail) {
    setSaved(result);
    setForm(toForm(result.draft));
    setChecking(false);
    queryClient.setQueryData(trpc.agents.get.queryKey(key), result);
    void queryClient.invalidateQueries({ queryKey: trpc.agents.list.queryKey() });
  }
  const { save, publish, discard } = useDraftMutations(accept);

  const { errors, generalError } = draftProblems(save.error, checking ? form : null);

  function update<K extends keyof AgentForm>(field: K, value: AgentForm[K]) {
    setForm((current) => ({ ...current, [field]: value }));
  }

  /** Saves the draft, or returns the first section with a problem so the page can show it. */
  function submit(): SectionName | null {
    const problems = validateForm(form);
    const first = firstSectionWithErrors(problems);
    if (first) {
      setChecking(true);
      return first;
    }
    save.mutate({ ...key, expectedDraftUpdatedAt: saved.draftUpdatedAt, ...settings, sourceIds: withoutDeletedSources(settings.sourceIds, sources.data) });
    return null;
  }

  async function reload() {
    const fresh = await queryClient.fetchQuery({ ...trpc.agents.get.queryOptions(key), staleTime: 0 });
    save.reset();
    accept(fresh);
  }

  return {
    saved,
    form,
    update,
    errors,
    generalError,
    conflict: isConflict(save.error),
    dirty,
    editable,
    submit,
    reload,
    saving: save.isPending,
    publish: () => publish.mutateAsync({ ...key, expectedDraftUpdatedAt: saved.draftUpdatedAt }),
    publishing: publish.isPending,
    discard: () => discard.mutateAsync(key),
    discarding: discard.isPending,
    sources: sources.data ?? [],
  };
}

export type AgentDraftState = ReturnType<typeof useAgentDraft>;
