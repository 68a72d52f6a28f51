"use client";

import { OptionsSelect } from "@/components/ui/options-select";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { EyeIcon, PencilIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PageHeader } from "@/components/dashboard/page-header";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { BackToArticles } from "./back-to-articles";
import { ArticlePreview } from "./article-preview";
import { DeleteArticleButton } from "./delete-article-button";
import { fromLanguageValue, languageOptions, toLanguageValue } from "./languages";
import type { Article } from "./types";
import { useInvalidateSources } from "./use-invalidate-sources";
import { useUnsavedWarning } from "./use-unsaved-warning";

type Status = Article["status"];
interface Draft {
  title: string;
  body: string;
  category: string;
  language: string;
  status: Status;
}

const toDraft = (article: Article | null): Draft => ({
  title: article?.title ?? "",
  body: article?.body ?? "",
  category: article?.category ?? "",
  language: toLanguageValue(article?.language),
  status: article?.status ?? "draft",
});

const sameDraft = (a: Draft, b: Draft) => a.title === b.title && a.body === b.body && a.category === b.category && a.language === b.language && a.status === b.status;

function isConflict(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "CONFLICT";
}

export function ArticleForm({ article, onReload }: { article: Article | null; onReload?: () => Promise<void> }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const invalidateSources = useInvalidateSources();
  const editable = workspace.can("knowledge.manage");
  // The version this form is based on; a save sends its time so a concurrent edit is refused, not overwritten.
  const [saved, setSaved] = useState(article);
  const [draft, setDraft] = useState(() => toDraft(article));
  const [preview, setPreview] = useState(false);
  const dirty = editable && !sameDraft(draft, toDraft(saved));
  useUnsavedWarning(dirty);

  function onSaved(result: Article, verb: string) {
    setSaved(result);
    setDraft(toDraft(result));
    queryClient.setQueryData(trpc.knowledge.articles.get.queryKey({ workspaceId: workspace.id, articleId: result.id }), result);
    void queryClient.invalidateQueries({ queryKey: trpc.knowledge.articles.list.queryKey() });
    void invalidateSources();
    toast.success(result.status === "published" ? `${verb} and published. It is searchable once indexed.` : `${verb} as a draft.`);
  }
  const create = useMutation(
    trpc.knowledge.articles.create.mutationOptions({
      onSuccess: (result) => {
        onSaved(result, "Article created");
        router.replace(`/w/${workspace.slug}/knowledge/articles/${result.id}`);
      },
    }),
  );
  const update = useMutation(trpc.knowledge.articles.update.mutationOptions({ onSuccess: (result) => onSaved(result, "Saved") }));
  const save = saved ? update : create;
  const problem = save.error ? describeError(save.error) : null;
  const fieldError = (name: string) => problem?.fieldErrors[name]?.[0];
  const generalError = problem && !["title", "body", "category", "language"].some(fieldError) ? problem.message : null;

  function change<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { workspaceId: workspace.id, title: draft.title, body: draft.body, category: draft.category.trim() || null, language: fromLanguageValue(draft.language), status: draft.status };
    if (saved) update.mutate({ ...input, articleId: saved.id, expectedUpdatedAt: saved.updatedAt });
    else create.mutate(input);
  }

  return (
    <>
      <BackToArticles confirmLeave={dirty} />
      <PageHeader
        title={saved ? saved.title : "New article"}
        description={editable ? "Write in Markdown. Only published articles are used to answer." : "You can read this article; editors and admins can change it."}
        actions={
          editable ? (
            <>
              {dirty ? (
                <span role="status" className="text-sm text-muted-foreground">
                  Unsaved changes
                </span>
              ) : null}
              {saved ? <DeleteArticleButton article={saved} /> : null}
              <Button type="submit" form="article-form" loading={save.isPending} disabled={saved !== null && !dirty}>
                Save
              </Button>
            </>
          ) : null
        }
      />
      {generalError ? (
        <Alert variant="destructive" className="mb-4">
          <AlertDescription>
            {generalError}
            {isConflict(save.error) && onReload ? (
              <Button variant="outline" size="sm" onClick={() => void onReload()}>
                Reload (discards your changes)
              </Button>
            ) : null}
          </AlertDescription>
        </Alert>
      ) : null}
      <form id="article-form" onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="grid content-start gap-4">
          <FormField id="article-title" label="Title" required error={fieldError("title")}>
            <Input value={draft.title} onChange={(event) => change("title", event.target.value)} maxLength={300} disabled={!editable} autoComplete="off" />
          </FormField>
          <div className="grid gap-2">
            <div className="flex items-center justify-between gap-2">
              <Label htmlFor="article-body">Body</Label>
              <Button type="button" variant="ghost" size="sm" aria-pressed={preview} onClick={() => setPreview((current) => !current)}>
                {preview ? <PencilIcon aria-hidden="true" /> : <EyeIcon aria-hidden="true" />}
                {preview ? "Edit" : "Preview"}
              </Button>
            </div>
            {preview ? (
              <div className="min-h-96 rounded-md border p-4">
                <ArticlePreview title={draft.title} body={draft.body} />
              </div>
            ) : (
              <Textarea
                id="article-body"
                value={draft.body}
                onChange={(event) => change("body", event.target.value)}
                disabled={!editable}
                aria-describedby="article-body-description"
                aria-invalid={fieldError("body") ? true : undefined}
                spellCheck
                className="min-h-96 font-mono text-sm leading-relaxed"
              />
            )}
            <p id="article-body-description" className="text-sm text-muted-foreground">
              # for headings, - for lists, a blank line between paragraphs. Headings become the sections answers cite.
            </p>
            {fieldError("body") ? <p className="text-sm font-medium text-destructive">{fieldError("body")}</p> : null}
          </div>
        </div>
        <Card className="h-fit gap-4 py-4">
          <CardContent className="grid gap-4 px-4">
            <FormField id="article-status" label="Status" description="Drafts stay out of the agent's answers.">
              {(control) => (
                <Select value={draft.status} onValueChange={(value) => change("status", value as Status)} disabled={!editable}>
                  <SelectTrigger {...control} className="w-full">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value="draft">Draft</SelectItem>
                    <SelectItem value="published">Published</SelectItem>
                  </SelectContent>
                </Select>
              )}
            </FormField>
            <FormField id="article-category" label="Category" error={fieldError("category")}>
              <Input value={draft.category} onChange={(event) => change("category", event.target.value)} maxLength={100} disabled={!editable} placeholder="e.g. Billing" />
            </FormField>
            <FormField id="article-language" label="Language" error={fieldError("language")}>
              {(control) => <OptionsSelect value={draft.language} onValueChange={(value) => change("language", value)} options={languageOptions} control={control} disabled={!editable} />}
            </FormField>
          </CardContent>
        </Card>
      </form>
    </>
  );
}
