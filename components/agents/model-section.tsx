"use client";

import { useQuery } from "@tanstack/react-query";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { FormField } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { SectionCard } from "./section-card";
import type { SectionProps } from "./sections";

export function ModelSection({ form, update, errors, disabled }: SectionProps) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const models = useQuery(trpc.agents.models.queryOptions({ workspaceId: workspace.id }, { staleTime: Infinity }));
  const options = models.data ?? [];
  const unavailable = models.data && !options.some((option) => option.id === form.model);
  return (
    <SectionCard title="Model" description="The language model that writes the replies. Answers always come from your knowledge.">
      <FormField
        id="agent-model"
        label="Model"
        error={errors.model ?? (unavailable ? "This model is no longer available on this server. Choose another." : undefined)}
        description="The built-in model works offline and quotes your knowledge directly. Models from OpenAI, Anthropic or a compatible server appear here once the server is configured for them."
      >
        {(control) => (
          <Select value={form.model} onValueChange={(value) => update("model", value)} disabled={disabled || models.isPending}>
            <SelectTrigger {...control} className="w-full sm:w-80">
              <SelectValue placeholder={models.isPending ? "Loading models…" : "Choose a model"} />
            </SelectTrigger>
            <SelectContent>
              {options.map((option) => (
                <SelectItem key={option.id} value={option.id}>
                  {option.label}
                </SelectItem>
              ))}
              {unavailable ? (
                <SelectItem value={form.model} disabled>
                  {form.model} (not available)
                </SelectItem>
              ) : null}
            </SelectContent>
          </Select>
        )}
      </FormField>
    </SectionCard>
  );
}
