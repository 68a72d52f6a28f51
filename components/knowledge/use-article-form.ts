"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { toast } from "@/components/ui/toaster";
import { fromLanguageValue, toLanguageValue } from "./languages";
import type { Article } from "./types";
import { useInvalidateSources } from "./use-invalidate-sources";
import { useUnsavedWarning } from "./use-unsaved-warning";

export type ArticleStatus = Article["status"];
export interface ArticleDraft {
  title: string;
  body: string;
  category: string;
  language: string;
  status: ArticleStatus;
}

const toDraft = (article: Article | null): ArticleDraft => ({
  title: article?.title ?? "",
  body: article?.body ?? "",
  category: article?.category ?? "",
  language: toLanguageValue(article?.language),
  status: article?.status ?? "draft",
});

const sameDraft = (a: ArticleDraft, b: ArticleDraft) => a.title === b.title && a.body === b.body && a.category === b.category && a.language === b.language && a.status === b.status;

function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}

/** Creating and saving one article: the create and update calls and what the cache learns after each. */
function useSaveArticle(onSaved: (result: Article) => void) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const invalidateSources = useInvalidateSources();
  const afterSave = (result: Article, verb: string) => {
    onSaved(result);
    queryClient.setQueryData(trpc.knowledge.articles.get.queryKey({ workspaceId: workspace.id, articleId: result.id }), result);
    void queryClient.invalidateQueries({ queryKey: trpc.knowledge.articles.list.queryKey() });
    void invalidateSources();
    toast.success(result.status === "published" ? `${verb} and published. It is searchable once indexed.` : `${verb} as a draft.`);
  };
  const create = useMutation(
    trpc.knowledge.articles.create.mutationOptions({
      onSuccess: (result) => {
        afterSave(result, "Article created");
        router.replace(`/w/${workspace.slug}/knowledge/articles/${result.id}`);
      },
    }),
  );
  const update = useMutation(trpc.knowledge.articles.update.mutationOptions({ onSuccess: (result) => afterSave(result, "Saved") }));
  return { create, update };
}

/** The article editor's state: the draft, whether it differs from the saved version, and saving it. */
export function useArticleForm(article: Article | null) {
  const workspace = useWorkspace();
  const editable = workspace.can("knowledge.manage");
  // The version this form is based on; a save sends its time so a concurrent edit is refused, not overwritten.
  const [saved, setSaved] = useState(article);
  const [draft, setDraft] = useState(() => toDraft(article));
  const dirty = editable && !sameDraft(draft, toDraft(saved));
  useUnsavedWarning(dirty);
  const { create, update } = useSaveArticle((result) => {
    setSaved(result);
    setDraft(toDraft(result));
  });
  const save = saved ? update : create;
  const problem = save.error ? describeError(save.error) : null;
  const fieldError = (name: string) => problem?.fieldErrors[name]?.[0];
  const generalError = problem && !["title", "body", "category", "language"].some(fieldError) ? problem.message : null;

  function change<K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { workspaceId: workspace.id, title: draft.title, body: draft.body, category: draft.category.trim() || null, language: fromLanguageValue(draft.language), status: draft.status };
    if (saved) update.mutate({ ...input, articleId: saved.id, expectedUpdatedAt: saved.updatedAt });
    else create.mutate(input);
  }

  return { editable, saved, draft, dirty, change, onSubmit, saving: save.isPending, fieldError, generalError, conflict: isConflict(save.error) };
}

export type ArticleFormState = ReturnType<typeof useArticleForm>;
