"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { MessageSquareQuoteIcon, PencilIcon, PlusIcon, Trash2Icon } from "lucide-react";
import { useRef, useState } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { RetryAlert } from "@/components/retry-alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingPlaceholder } from "@/components/ui/loading-placeholder";
import { toast } from "@/components/ui/toaster";
import { truncateText } from "./format";
import { languageLabel } from "./languages";
import { ShortAnswerDialog } from "./short-answer-dialog";
import type { AddAction, ShortAnswer } from "./types";
import { useInvalidateSources } from "./use-invalidate-sources";

function DeleteShortAnswerButton({ answer }: { answer: ShortAnswer }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidateSources = useInvalidateSources();
  const remove = useMutation(
    trpc.knowledge.shortAnswers.delete.mutationOptions({
      onSuccess: () => toast.success("Short answer deleted."),
      onError: (error) => toast.error(describeError(error).message),
      onSettled: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.knowledge.shortAnswers.list.queryKey() });
        void invalidateSources();
      },
    }),
  );
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="icon" aria-label={`Delete “${answer.question}”`} loading={remove.isPending}>
          <Trash2Icon />
        </Button>
      }
      title="Delete this short answer?"
      description={`“${answer.question}” will no longer be answered with your words. This cannot be undone.`}
      confirmLabel="Delete"
      onConfirm={() => remove.mutate({ workspaceId: workspace.id, shortAnswerId: answer.id })}
    />
  );
}

function ShortAnswerItem({ answer, canManage, onEdit }: { answer: ShortAnswer; canManage: boolean; onEdit: (answer: ShortAnswer, from: HTMLElement) => void }) {
  return (
    <li className="flex items-start gap-3 p-4">
      <div className="grid min-w-0 flex-1 gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-medium">{answer.question}</h3>
          {answer.variants.length ? (
            <Badge variant="secondary" title={answer.variants.join("\n")}>
              {answer.variants.length === 1 ? "1 variant" : `${answer.variants.length} variants`}
            </Badge>
          ) : null}
          {answer.language ? <Badge variant="outline">{languageLabel(answer.language)}</Badge> : null}
        </div>
        <p className="text-sm text-muted-foreground">{truncateText(answer.answer, 200)}</p>
      </div>
      {canManage ? (
        <div className="flex shrink-0 gap-1">
          <Button variant="ghost" size="icon" aria-label={`Edit “${answer.question}”`} onClick={(event) => onEdit(answer, event.currentTarget)}>
            <PencilIcon />
          </Button>
          <DeleteShortAnswerButton answer={answer} />
        </div>
      ) : null}
    </li>
  );
}

/** Editing one short answer in a dialog that returns focus to the Edit button it was opened from. */
function useEditDialog() {
  // The answer stays set while the dialog animates closed, so its title does not flip to "New".
  const [editing, setEditing] = useState<ShortAnswer | null>(null);
  const [open, setOpen] = useState(false);
  const editButton = useRef<HTMLElement | null>(null);
  const edit = (answer: ShortAnswer, from: HTMLElement) => {
    editButton.current = from;
    setEditing(answer);
    setOpen(true);
  };
  const dialog = (
    <ShortAnswerDialog
      open={open}
      answer={editing}
      onOpenChange={setOpen}
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        editButton.current?.focus();
      }}
    />
  );
  return { edit, dialog };
}

export function ShortAnswersTab({ onAdd }: { onAdd: (action: AddAction, from: HTMLElement) => void }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const canManage = workspace.can("knowledge.manage");
  const answers = useQuery(trpc.knowledge.shortAnswers.list.queryOptions({ workspaceId: workspace.id }));
  const { edit, dialog } = useEditDialog();
  const addButton = canManage ? (
    <Button onClick={(event) => onAdd("shortAnswer", event.currentTarget)}>
      <PlusIcon aria-hidden="true" /> New short answer
    </Button>
  ) : null;

  if (answers.isPending) {
    return <LoadingPlaceholder label="Loading short answers" rows={["h-16 w-full", "h-16 w-full"]} />;
  }
  if (answers.isError) return <RetryAlert error={answers.error} onRetry={() => void answers.refetch()} />;
  if (answers.data.length === 0) {
    return (
      <EmptyState
        icon={MessageSquareQuoteIcon}
        title="No short answers yet"
        description="Short answers are your exact replies to questions customers ask often: opening hours, prices, return windows. When a question matches, the agent answers with your words first."
        action={addButton}
      />
    );
  }
  return (
    <div className="grid gap-3">
      {addButton ? <div className="flex justify-end">{addButton}</div> : null}
      <Card className="gap-0 py-0">
        <ul aria-label="Short answers" className="divide-y">
          {answers.data.map((answer) => (
            <ShortAnswerItem key={answer.id} answer={answer} canManage={canManage} onEdit={edit} />
          ))}
        </ul>
      </Card>
      {canManage ? dialog : null}
    </div>
  );
}
