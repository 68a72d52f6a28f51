"use client";

import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { limits } from "./form-model";
import { languageName } from "./labels";
import type { AgentLanguage } from "./types";

interface PerLanguageFieldsProps {
  /** Prefix of each field's id and of its accessible name ("Welcome message" → "Welcome message in French"). */
  id: string;
  label: string;
  languages: AgentLanguage[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
  /** The built-in text for a language, shown where the admin has written none. */
  placeholder: (language: AgentLanguage) => string;
  disabled: boolean;
  error?: string;
}

/** One text per enabled language; an empty one means the built-in message, which the placeholder shows. */
export function PerLanguageFields({ id, label, languages, values, onChange, placeholder, disabled, error }: PerLanguageFieldsProps) {
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-3 text-sm font-medium">{label}</legend>
      {languages.map((language, index) => (
        <FormField
          key={language}
          id={`${id}-${language}`}
          className="items-baseline gap-x-4 sm:grid-cols-[6rem_minmax(0,1fr)] sm:[&>p]:col-start-2"
          label={
            <span className="font-normal text-muted-foreground">
              <span className="sr-only">{label} in </span>
              {languageName(language)}
            </span>
          }
          error={index === 0 ? error : undefined}
        >
          <Textarea
            rows={2}
            className="min-h-10"
            value={values[language] ?? ""}
            onChange={(event) => onChange({ ...values, [language]: event.target.value })}
            placeholder={placeholder(language)}
            maxLength={limits.message}
            disabled={disabled}
          />
        </FormField>
      ))}
    </fieldset>
  );
}
