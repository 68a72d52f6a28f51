"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { OptionsSelect } from "@/components/ui/options-select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { fromLanguageValue, languageOptions, toLanguageValue } from "./languages";
import type { ControlledPanelProps, ShortAnswer } from "./types";
import { useInvalidateSources } from "./use-invalidate-sources";

type ShortAnswerDialogProps = ControlledPanelProps & { answer?: ShortAnswer | null; onSaved?: () => void };

function ShortAnswerForm({ answer, onSaved, onCancel }: { answer: ShortAnswer | null; onSaved: () => void; onCancel: () => void }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidateSources = useInvalidateSources();
  const [question, setQuestion] = useState(answer?.question ?? "");
  const [variants, setVariants] = useState(answer?.variants.join("\n") ?? "");
  const [reply, setReply] = useState(answer?.answer ?? "");
  const [language, setLanguage] = useState(toLanguageValue(answer?.language));
  const onSuccess = () => {
    toast.success(answer ? "Short answer saved." : "Short answer added. It is searchable once indexed.");
    void queryClient.invalidateQueries({ queryKey: trpc.knowledge.shortAnswers.list.queryKey() });
    void invalidateSources();
    onSaved();
  };
  const create = useMutation(trpc.knowledge.shortAnswers.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.knowledge.shortAnswers.update.mutationOptions({ onSuccess }));
  const save = answer ? update : create;
  const problem = save.error ? describeError(save.error) : null;
  const fieldError = (name: string) => problem?.fieldErrors[name]?.[0];
  const generalError = problem && !["question", "variants", "answer", "language"].some(fieldError) ? problem.message : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      workspaceId: workspace.id,
      question,
      variants: variants.split("\n").map((line) => line.trim()).filter(Boolean),
      answer: reply,
      language: fromLanguageValue(language),
    };
    if (answer) update.mutate({ ...input, shortAnswerId: answer.id });
    else create.mutate(input);
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormError message={generalError} />
      <FormField id="short-answer-question" label="Question" required error={fieldError("question")}>
        <Input value={question} onChange={(event) => setQuestion(event.target.value)} maxLength={500} placeholder="What are your opening hours?" autoComplete="off" />
      </FormField>
      <FormField id="short-answer-variants" label="Other ways to ask" description="One per line, up to 20." error={fieldError("variants")}>
        <Textarea value={variants} onChange={(event) => setVariants(event.target.value)} rows={3} placeholder={"When are you open?\nAre you open on Sundays?"} />
      </FormField>
      <FormField id="short-answer-answer" label="Answer" required error={fieldError("answer")}>
        <Textarea value={reply} onChange={(event) => setReply(event.target.value)} rows={4} maxLength={5_000} />
      </FormField>
      <FormField id="short-answer-language" label="Language" error={fieldError("language")}>
        {(control) => <OptionsSelect value={language} onValueChange={setLanguage} options={languageOptions} control={control} />}
      </FormField>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={save.isPending}>
          {answer ? "Save" : "Add short answer"}
        </Button>
      </DialogFooter>
    </form>
  );
}

export function ShortAnswerDialog({ open, onOpenChange, onCloseAutoFocus, answer = null, onSaved }: ShortAnswerDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>{answer ? "Edit short answer" : "New short answer"}</DialogTitle>
          <DialogDescription>When a visitor asks this question, or something close to it, the agent answers with your words first.</DialogDescription>
        </DialogHeader>
        {/* Mounted only while open, so each opening starts from the answer's saved values. */}
        <ShortAnswerForm
          key={answer?.id ?? "new"}
          answer={answer}
          onCancel={() => onOpenChange(false)}
          onSaved={() => {
            onOpenChange(false);
            onSaved?.();
          }}
        />
      </DialogContent>
    </Dialog>
  );
}
