"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { LoadingPlaceholder } from "@/components/ui/loading-placeholder";
import { SectionCard } from "./section-card";
import type { SectionProps } from "./sections";
import type { KnowledgeSourceRow } from "./types";

const kindLabels: Record<KnowledgeSourceRow["kind"], string> = { url: "Website", file: "File", articles: "Articles", short_answers: "Short answers" };

function SourceChoices({ sources, form, update, errors, disabled }: SectionProps & { sources: KnowledgeSourceRow[] }) {
  const chosen = new Set(form.sourceIds);
  function toggle(sourceId: string, on: boolean) {
    update("sourceIds", on ? [...form.sourceIds, sourceId] : form.sourceIds.filter((id) => id !== sourceId));
  }
  const noneLeft = !form.allSources && form.sourceIds.filter((id) => sources.some((source) => source.id === id)).length === 0;
  return (
    <fieldset className="grid gap-3" disabled={disabled || form.allSources} aria-describedby={errors.sourceIds ? "agent-sources-error" : undefined}>
      <legend className="mb-3 text-sm font-medium">Or only these sources</legend>
      <ul className="grid gap-3">
        {sources.map((source) => (
          <li key={source.id} className="flex items-center gap-3">
            <Checkbox
              id={`agent-source-${source.id}`}
              checked={form.allSources || chosen.has(source.id)}
              onCheckedChange={(checked) => toggle(source.id, checked === true)}
              disabled={disabled || form.allSources}
            />
            <Label htmlFor={`agent-source-${source.id}`} className="min-w-0 font-normal">
              <span className="truncate">{source.name}</span>
              <span className="shrink-0 text-xs text-muted-foreground">{kindLabels[source.kind]}</span>
            </Label>
          </li>
        ))}
      </ul>
      {noneLeft ? <p className="text-sm text-warning">With no source chosen, the agent has nothing to answer from and hands every question to your team.</p> : null}
    </fieldset>
  );
}

function WorkspaceSources(props: SectionProps) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const sources = useQuery(trpc.knowledge.sources.list.queryOptions({ workspaceId: workspace.id }));
  if (sources.isPending) {
    return <LoadingPlaceholder label="Loading sources" rows={["h-5 w-64", "h-5 w-52"]} />;
  }
  if (sources.isError) return <p className="text-sm text-destructive">The sources could not be loaded. Reload the page to try again.</p>;
  if (sources.data.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        This workspace has no knowledge yet.{" "}
        <Link href={`/w/${workspace.slug}/knowledge`} className="text-primary underline-offset-4 hover:underline">
          Add some in Knowledge
        </Link>
        .
      </p>
    );
  }
  return <SourceChoices {...props} sources={sources.data} />;
}

export function KnowledgeSection(props: SectionProps) {
  const { form, update, errors, disabled } = props;
  return (
    <SectionCard title="Knowledge" description="What the agent answers from. It says so rather than guess when these hold no answer.">
      <div className="flex items-start gap-3">
        <Checkbox id="agent-all-sources" checked={form.allSources} onCheckedChange={(checked) => update("allSources", checked === true)} disabled={disabled} aria-describedby="agent-all-sources-description" />
        <div className="grid gap-1">
          <Label htmlFor="agent-all-sources">All sources</Label>
          <p id="agent-all-sources-description" className="text-sm text-muted-foreground">
            Every source in the workspace, including ones added later.
          </p>
        </div>
      </div>
      <WorkspaceSources {...props} />
      {errors.sourceIds ? (
        <p id="agent-sources-error" className="text-sm font-medium text-destructive">
          {errors.sourceIds}
        </p>
      ) : null}
    </SectionCard>
  );
}
