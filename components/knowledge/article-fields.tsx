"use client";

import { EyeIcon, PencilIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { OptionsSelect } from "@/components/ui/options-select";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { ArticlePreview } from "./article-preview";
import { languageOptions } from "./languages";
import type { ArticleFormState, ArticleStatus } from "./use-article-form";

/** The Markdown body, with a preview to proofread it. */
export function ArticleBodyField({ form }: { form: ArticleFormState }) {
  const [preview, setPreview] = useState(false);
  const { draft, change, editable, fieldError } = form;
  return (
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
  );
}

/** Status, category and language, beside the body. */
export function ArticleDetailsCard({ form }: { form: ArticleFormState }) {
  const { draft, change, editable, fieldError } = form;
  return (
    <Card className="h-fit gap-4 py-4">
      <CardContent className="grid gap-4 px-4">
        <FormField id="article-status" label="Status" description="Drafts stay out of the agent's answers.">
          {(control) => (
            <Select value={draft.status} onValueChange={(value) => change("status", value as ArticleStatus)} disabled={!editable}>
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
  );
}
