"use client";

import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { BehaviourSection } from "./behaviour-section";
import { ChannelsSection } from "./channels-section";
import { ConversationSection } from "./conversation-section";
import { IdentitySection } from "./identity-section";
import { KnowledgeSection } from "./knowledge-section";
import { LanguagesSection } from "./languages-section";
import { ModelSection } from "./model-section";
import { sectionHasErrors, sections, type SectionName, type SectionProps } from "./sections";
import type { AgentDraftState } from "./use-agent-draft";

/**
 * The agent's settings, one tab per section. The tab list wraps onto a second line when the form
 * column is narrow (beside the preview at 1280 px, or on a phone) so every tab stays in sight.
 */
export function SettingsTabs({ draft, section, onSectionChange }: { draft: AgentDraftState; section: SectionName; onSectionChange: (section: SectionName) => void }) {
  const props: SectionProps = { form: draft.form, update: draft.update, errors: draft.errors, disabled: !draft.editable };
  return (
    <Tabs value={section} onValueChange={(value) => onSectionChange(value as SectionName)} className="gap-4">
      <TabsList aria-label="Agent settings" className="h-auto w-full flex-wrap justify-start">
        {sections.map((item) => (
          <TabsTrigger key={item.value} value={item.value} className="h-8 flex-none px-2.5">
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
  );
}
