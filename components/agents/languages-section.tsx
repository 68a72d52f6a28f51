"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { languageName, languages } from "./labels";
import { SectionCard } from "./section-card";
import type { SectionProps } from "./sections";
import type { AgentLanguage } from "./types";

export function LanguagesSection({ form, update, errors, disabled }: SectionProps) {
  const fallback = form.languages[0];

  function toggle(language: AgentLanguage, on: boolean) {
    // Appending keeps the fallback (the first language) where it is.
    update("languages", on ? [...form.languages, language] : form.languages.filter((item) => item !== language));
  }

  function chooseFallback(language: string) {
    const chosen = language as AgentLanguage;
    update("languages", [chosen, ...form.languages.filter((item) => item !== chosen)]);
  }

  return (
    <SectionCard title="Languages" description="The agent replies in the visitor's language when it is enabled here.">
      <fieldset className="grid gap-3" aria-describedby={errors.languages ? "agent-languages-error" : undefined}>
        <legend className="mb-3 text-sm font-medium">Enabled languages</legend>
        {languages.map((language) => (
          <div key={language} className="flex items-center gap-3">
            <Checkbox
              id={`agent-language-${language}`}
              checked={form.languages.includes(language)}
              onCheckedChange={(checked) => toggle(language, checked === true)}
              disabled={disabled}
            />
            <Label htmlFor={`agent-language-${language}`} className="font-normal">
              {languageName(language)}
            </Label>
          </div>
        ))}
        {errors.languages ? (
          <p id="agent-languages-error" className="text-sm font-medium text-destructive">
            {errors.languages}
          </p>
        ) : null}
      </fieldset>
      {fallback ? (
        <FormField id="agent-fallback-language" label="Fallback language" description="Used when a visitor writes in a language that is not enabled.">
          {(control) => (
            <Select value={fallback} onValueChange={chooseFallback} disabled={disabled}>
              <SelectTrigger {...control} className="w-full sm:w-64">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {form.languages.map((language) => (
                  <SelectItem key={language} value={language}>
                    {languageName(language)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </FormField>
      ) : null}
    </SectionCard>
  );
}
