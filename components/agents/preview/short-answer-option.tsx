"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { languageName } from "../labels";

interface ShortAnswerOptionProps {
  workspaceId: string;
  agentId: string;
  question: string;
  answer: string;
  language: string | null;
  onDone: () => void;
}

/** Saves the exchange, as edited, as a short answer: the agent answers with these words next time. */
export function ShortAnswerOption({ workspaceId, agentId, question: asked, answer: replied, language, onDone }: ShortAnswerOptionProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [question, setQuestion] = useState(asked.slice(0, 500));
  const [answer, setAnswer] = useState(replied.slice(0, 5_000));
  const create = useMutation(
    trpc.knowledge.shortAnswers.create.mutationOptions({
      onSuccess: () => {
        toast.success("Short answer saved. The agent uses it as soon as it is indexed.");
        void queryClient.invalidateQueries({ queryKey: trpc.knowledge.shortAnswers.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.knowledge.sources.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.agents.testQuestions.queryKey({ workspaceId, agentId }) });
        onDone();
      },
    }),
  );
  const problem = create.error ? describeError(create.error) : null;
  const fieldError = (name: string) => problem?.fieldErrors[name]?.[0];
  const generalError = problem && !fieldError("question") && !fieldError("answer") ? problem.message : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ workspaceId, question, answer, variants: [], language });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormError message={generalError} />
      <FormField id="improve-question" label="Question" required error={fieldError("question")}>
        <Input value={question} onChange={(event) => setQuestion(event.target.value)} maxLength={500} autoComplete="off" />
      </FormField>
      <FormField
        id="improve-answer"
        label="Answer"
        required
        error={fieldError("answer")}
        description={`${language ? `Saved in ${languageName(language)}. ` : ""}Visitors who ask something close to the question get this answer first.`}
      >
        <Textarea value={answer} onChange={(event) => setAnswer(event.target.value)} rows={5} maxLength={5_000} className="max-h-64" />
      </FormField>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending}>
          Save short answer
        </Button>
      </DialogFooter>
    </form>
  );
}
