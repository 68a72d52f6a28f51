"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AgentEditorLayout } from "./agent-editor-layout";
import { ChangesPanel } from "./changes-panel";
import type { ChangeContext } from "./describe-change";
import { EditorHeader } from "./editor-header";
import { PreviewDraftProvider } from "./preview/draft-bridge";
import type { SectionName } from "./sections";
import { SettingsTabs } from "./settings-tabs";
import type { AgentDetail } from "./types";
import { useAgentDraft, type AgentDraftState } from "./use-agent-draft";
import { useLeaveWarning } from "./use-leave-warning";

export function AgentConfigForm({ agent, preview }: { agent: AgentDetail; preview?: ReactNode }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const draft = useAgentDraft(agent);
  const [section, setSection] = useState<SectionName>("identity");
  const models = useQuery(trpc.agents.models.queryOptions({ workspaceId: workspace.id }, { staleTime: Infinity }));
  useLeaveWarning(draft.dirty);

  const context: ChangeContext = {
    sourceName: (id) => draft.sources.find((source) => source.id === id)?.name ?? "A deleted source",
    modelLabel: (id) => models.data?.find((model) => model.id === id)?.label ?? id,
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = draft.submit();
    if (problem) setSection(problem);
  }

  return (
    <>
      <EditorHeader draft={draft} context={context} />
      <div className="grid grid-cols-1 gap-6">
        <DraftErrorAlert draft={draft} />
        <AgentEditorLayout preview={preview ? <PreviewDraftProvider draft={draft}>{preview}</PreviewDraftProvider> : null}>
          <ChangesPanel draft={draft} context={context} />
          <form id="agent-form" onSubmit={onSubmit} noValidate>
            <SettingsTabs draft={draft} section={section} onSectionChange={setSection} />
          </form>
        </AgentEditorLayout>
      </div>
    </>
  );
}

/** A refused save the form cannot point at a field for; after a conflict, a way to load the newer version. */
function DraftErrorAlert({ draft }: { draft: AgentDraftState }) {
  if (!draft.generalError) return null;
  return (
    <Alert variant="destructive">
      <AlertDescription>
        {draft.generalError}
        {draft.conflict ? (
          <Button variant="outline" size="sm" onClick={() => void draft.reload()}>
            Reload (discards your edits)
          </Button>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
