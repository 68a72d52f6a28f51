"use client";

import { PageHeader } from "@/components/dashboard/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ArticleBodyField, ArticleDetailsCard } from "./article-fields";
import { BackToArticles } from "./back-to-articles";
import { DeleteArticleButton } from "./delete-article-button";
import type { Article } from "./types";
import { useArticleForm, type ArticleFormState } from "./use-article-form";

function ArticleHeader({ form }: { form: ArticleFormState }) {
  const { saved, editable, dirty, saving } = form;
  return (
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
            <Button type="submit" form="article-form" loading={saving} disabled={saved !== null && !dirty}>
              Save
            </Button>
          </>
        ) : null
      }
    />
  );
}

export function ArticleForm({ article, onReload }: { article: Article | null; onReload?: () => Promise<void> }) {
  const form = useArticleForm(article);
  const { draft, change, editable, fieldError, generalError } = form;
  return (
    <>
      <BackToArticles confirmLeave={form.dirty} />
      <ArticleHeader form={form} />
      {generalError ? (
        <Alert variant="destructive" className="mb-4">
          <AlertDescription>
            {generalError}
            {form.conflict && onReload ? (
              <Button variant="outline" size="sm" onClick={() => void onReload()}>
                Reload (discards your changes)
              </Button>
            ) : null}
          </AlertDescription>
        </Alert>
      ) : null}
      <form id="article-form" onSubmit={form.onSubmit} noValidate className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="grid content-start gap-4">
          <FormField id="article-title" label="Title" required error={fieldError("title")}>
            <Input value={draft.title} onChange={(event) => change("title", event.target.value)} maxLength={300} disabled={!editable} autoComplete="off" />
          </FormField>
          <ArticleBodyField form={form} />
        </div>
        <ArticleDetailsCard form={form} />
      </form>
    </>
  );
}
