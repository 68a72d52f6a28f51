"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { AgentEditorLayout } from "./agent-editor-layout";
import { BehaviourSection } from "./behaviour-section";
import { ChangesPanel } from "./changes-panel";
import { ChannelsSection } from "./channels-section";
import { ConversationSection } from "./conversation-section";
import type { ChangeContext } from "./describe-change";
import { EditorHeader } from "./editor-header";
import { IdentitySection } from "./identity-section";
import { KnowledgeSection } from "./knowledge-section";
import { LanguagesSection } from "./languages-section";
import { ModelSection } from "./model-section";
import { PreviewDraftProvider } from "./preview/draft-bridge";
import { sectionHasErrors, sections, type SectionName, type SectionProps } from "./sections";
import type { AgentDetail } from "./types";
import { useAgentDraft } from "./use-agent-draft";
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
  const props: SectionProps = { form: draft.form, update: draft.update, errors: draft.errors, disabled: !draft.editable };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = draft.submit();
    if (problem) setSection(problem);
  }

  return (
    <>
      <EditorHeader draft={draft} context={context} />
      <div className="grid grid-cols-1 gap-6">
        {draft.generalError ? (
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
        ) : null}
        <AgentEditorLayout preview={preview ? <PreviewDraftProvider draft={draft}>{preview}</PreviewDraftProvider> : null}>
          <ChangesPanel draft={draft} context={context} />
          <form id="agent-form" onSubmit={onSubmit} noValidate>
            <Tabs value={section} onValueChange={(value) => setSection(value as SectionName)} className="gap-4">
              <div className="-mx-1 overflow-x-auto px-1 pb-1">
                <TabsList aria-label="Agent settings" className="w-max min-w-full sm:min-w-0">
                  {sections.map((item) => (
                    <TabsTrigger key={item.value} value={item.value} className="px-2 sm:px-2.5">
                      {item.label}
                      {sectionHasErrors(item.value, draft.errors) ? (
                        <>
                          <span aria-hidden="true" className="size-1.5 rounded-full bg-destructive" />
                          <span className="sr-only">(has problems)</span>
                        </>
                      ) : null}
                    </TabsTrigger>
                  ))}
                </TabsList>
              </div>
              <TabsContent value="identity">
                <IdentitySection {...props} />
              </TabsContent>
              <TabsContent value="behaviour">
                <BehaviourSection {...props} />
              </TabsContent>
              <TabsContent value="conversation">
                <ConversationSection {...props} />
              </TabsContent>
              <TabsContent value="knowledge">
                <KnowledgeSection {...props} />
              </TabsContent>
              <TabsContent value="channels">
                <ChannelsSection {...props} agentId={draft.saved.id} published={draft.saved.live !== null} />
              </TabsContent>
              <TabsContent value="languages">
                <LanguagesSection {...props} />
              </TabsContent>
              <TabsContent value="model">
                <ModelSection {...props} />
              </TabsContent>
            </Tabs>
          </form>
        </AgentEditorLayout>
      </div>
    </>
  );
}
