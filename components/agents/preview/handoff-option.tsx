"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { limits } from "../form-model";
import { usePreviewDraftBridge } from "./draft-bridge";

interface HandoffOptionProps {
  workspaceId: string;
  agentId: string;
  question: string;
  onDone: () => void;
}

function checkPhrase(phrase: string, existing: string[]): string | null {
  if (phrase.length < 2 || phrase.length > limits.trigger) return `Use 2 to ${limits.trigger} characters: the words that matter are enough.`;
  if (existing.some((trigger) => trigger.toLowerCase() === phrase.toLowerCase())) return "This phrase already hands off.";
  if (existing.length >= limits.triggers) return `An agent has at most ${limits.triggers} handoff phrases.`;
  return null;
}

/** Adds the visitor's words as a handoff phrase of the draft, so messages containing them go to a person. */
export function HandoffOption({ workspaceId, agentId, question, onDone }: HandoffOptionProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const bridge = usePreviewDraftBridge();
  const [phrase, setPhrase] = useState(question.trim().slice(0, limits.trigger));
  const [problem, setProblem] = useState<string | null>(null);
  const key = { workspaceId, agentId };

  const save = useMutation(
    trpc.agents.updateDraft.mutationOptions({
      onSuccess: async (result) => {
        queryClient.setQueryData(trpc.agents.get.queryKey(key), result);
        void queryClient.invalidateQueries({ queryKey: trpc.agents.list.queryKey() });
        await bridge?.reload();
        toast.success("Handoff phrase added to the draft. Publish to use it on your website.");
        onDone();
      },
      onError: (error) => setProblem(describeError(error).message),
    }),
  );

  async function addToDraft(wanted: string) {
    setProblem(null);
    try {
      // The version the form holds: if someone saved meanwhile, the save is refused rather than overwriting theirs.
      const agent = await queryClient.fetchQuery(trpc.agents.get.queryOptions(key));
      const invalid = checkPhrase(wanted, agent.draft.handoffTriggers);
      if (invalid) return setProblem(invalid);
      save.mutate({ ...key, ...agent.draft, handoffTriggers: [...agent.draft.handoffTriggers, wanted], expectedDraftUpdatedAt: agent.draftUpdatedAt });
    } catch (error) {
      setProblem(describeError(error).message);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = phrase.trim();
    if (bridge?.dirty) {
      // Saving here would make the form's next save fail as a conflict: the phrase joins its unsaved edits instead.
      const invalid = checkPhrase(wanted, []);
      if (invalid) return setProblem(invalid);
      bridge.addHandoffTrigger(wanted);
      toast.success("Phrase added to the form. Save the draft to try it here.");
      return onDone();
    }
    void addToDraft(wanted);
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      {bridge?.dirty ? (
        <Alert>
          <AlertDescription>The form has unsaved edits, so the phrase is added there. Save the draft to use it.</AlertDescription>
        </Alert>
      ) : null}
      <FormField
        id="improve-trigger"
        label="Handoff phrase"
        required
        error={problem ?? undefined}
        description="Messages that contain this phrase (in any letter case) go straight to a person. Keep only the words that matter."
      >
        <Input value={phrase} onChange={(event) => setPhrase(event.target.value)} maxLength={limits.trigger} autoComplete="off" />
      </FormField>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending}>
          Add handoff phrase
        </Button>
      </DialogFooter>
    </form>
  );
}
