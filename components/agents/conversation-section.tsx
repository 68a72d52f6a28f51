"use client";

import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { builtInMessage } from "./default-messages";
import { limits } from "./form-model";
import { PerLanguageFields } from "./per-language-fields";
import { SectionCard } from "./section-card";
import type { SectionProps } from "./sections";

export function ConversationSection({ form, update, errors, disabled }: SectionProps) {
  return (
    <div className="grid gap-6">
      <SectionCard title="Welcome message" description="The first thing visitors read when they open the chat. Leave a language empty to use the built-in message shown in grey.">
        <PerLanguageFields
          id="agent-welcome"
          label="Welcome message"
          languages={form.languages}
          values={form.welcomeMessages}
          onChange={(values) => update("welcomeMessages", values)}
          placeholder={(language) => builtInMessage("welcome", language)}
          disabled={disabled}
          error={errors.welcomeMessages}
        />
      </SectionCard>
      <SectionCard title="Quick replies" description="Buttons under the welcome message, so visitors can start with one tap.">
        <FormField id="agent-quick-replies" label={<span className="sr-only">Quick replies</span>} error={errors.quickReplies} description={`One per line, up to ${limits.quickReplies}, each under ${limits.quickReply} characters.`}>
          <Textarea rows={4} value={form.quickReplies} onChange={(event) => update("quickReplies", event.target.value)} placeholder={"Where is my order?\nHow do returns work?"} disabled={disabled} />
        </FormField>
      </SectionCard>
    </div>
  );
}
