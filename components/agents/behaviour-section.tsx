"use client";

import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { builtInMessage } from "./default-messages";
import { limits } from "./form-model";
import { PerLanguageFields } from "./per-language-fields";
import { SectionCard } from "./section-card";
import type { SectionProps } from "./sections";

export function BehaviourSection({ form, update, errors, disabled }: SectionProps) {
  return (
    <div className="grid gap-6">
      <SectionCard title="Guidelines" description="Rules the agent follows in every conversation.">
        <FormField
          id="agent-guidelines"
          label={<span className="sr-only">Guidelines</span>}
          error={errors.guidelines}
          description={`${form.guidelines.length.toLocaleString("en")} / ${limits.guidelines.toLocaleString("en")} characters. For example: always mention free returns; never discuss competitors.`}
        >
          <Textarea rows={6} className="min-h-32" value={form.guidelines} onChange={(event) => update("guidelines", event.target.value)} maxLength={limits.guidelines} disabled={disabled} />
        </FormField>
      </SectionCard>
      <SectionCard title="Handoff to a person" description="When a conversation goes to your team, and what the agent says then.">
        <FormField
          id="agent-handoff-triggers"
          label="Trigger phrases"
          error={errors.handoffTriggers}
          description="One per line. A visitor message containing any of them goes straight to a person (case does not matter)."
        >
          <Textarea rows={4} value={form.handoffTriggers} onChange={(event) => update("handoffTriggers", event.target.value)} placeholder={"talk to a human\nspeak to someone\ncancel my subscription"} disabled={disabled} />
        </FormField>
        <PerLanguageFields
          id="agent-handoff-available"
          label="When someone is available"
          languages={form.languages}
          values={form.handoffAvailable}
          onChange={(values) => update("handoffAvailable", values)}
          placeholder={(language) => builtInMessage("handoffAvailable", language)}
          disabled={disabled}
          error={errors.handoffMessages}
        />
        <PerLanguageFields
          id="agent-handoff-unavailable"
          label="When no one is available"
          languages={form.languages}
          values={form.handoffUnavailable}
          onChange={(values) => update("handoffUnavailable", values)}
          placeholder={(language) => builtInMessage("handoffUnavailable", language)}
          disabled={disabled}
        />
      </SectionCard>
    </div>
  );
}
