"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { PageHeader } from "@/components/dashboard/page-header";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { AddMenu } from "./add-menu";
import { AddUrlDialog } from "./add-url-dialog";
import { ArticlesTab } from "./articles-tab";
import { SearchTester } from "./search-tester";
import { ShortAnswerDialog } from "./short-answer-dialog";
import { ShortAnswersTab } from "./short-answers-tab";
import { SourcesTab } from "./sources-tab";
import { knowledgeTabs, type KnowledgeTab } from "./tabs";
import type { AddAction } from "./types";
import { UploadDialog } from "./upload-dialog";

const tabLabels: Record<KnowledgeTab, string> = {
  sources: "Sources",
  articles: "Articles",
  "short-answers": "Short answers",
  search: "Test search",
};

type DialogKind = Exclude<AddAction, "article">;

/** Opening the add dialogs (or the article page) and putting focus back where it came from afterwards. */
function useAddDialogs() {
  const workspace = useWorkspace();
  const router = useRouter();
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes when a dialog closes: the button that opened it, or the Add menu when that button is gone.
  const returnFocus = useRef<HTMLElement | null>(null);

  function startAdding(action: AddAction, from?: HTMLElement | null) {
    if (action === "article") {
      router.push(`/w/${workspace.slug}/knowledge/articles/new`);
      return;
    }
    returnFocus.current = from ?? addButton.current;
    setDialog(action);
  }

  function closeDialog(open: boolean) {
    if (!open) setDialog(null);
  }

  function restoreFocus(event: Event) {
    event.preventDefault();
    const target = returnFocus.current?.isConnected ? returnFocus.current : addButton.current;
    target?.focus();
  }

  return { dialog, addButton, startAdding, closeDialog, restoreFocus };
}

function KnowledgeTabs({ tab, onTabChange, onAdd }: { tab: KnowledgeTab; onTabChange: (tab: string) => void; onAdd: (action: AddAction, from?: HTMLElement | null) => void }) {
  return (
    <Tabs value={tab} onValueChange={onTabChange} className="gap-4">
      <div className="-mx-1 overflow-x-auto px-1 pb-1">
        {/* Grows with its tabs (the wrapper scrolls) rather than letting the last tab spill out of it. */}
        <TabsList aria-label="Kinds of knowledge" className="w-max min-w-full sm:min-w-0">
          {knowledgeTabs.map((value) => (
            <TabsTrigger key={value} value={value} className="px-2 sm:px-2.5">
              {tabLabels[value]}
            </TabsTrigger>
          ))}
        </TabsList>
      </div>
      <TabsContent value="sources">
        <SourcesTab onAdd={onAdd} />
      </TabsContent>
      <TabsContent value="articles">
        <ArticlesTab />
      </TabsContent>
      <TabsContent value="short-answers">
        <ShortAnswersTab onAdd={onAdd} />
      </TabsContent>
      {/* Kept mounted so a query and its results survive a look at another tab. */}
      <TabsContent value="search" forceMount className="data-[state=inactive]:hidden">
        <SearchTester />
      </TabsContent>
    </Tabs>
  );
}

export function KnowledgePage({ initialTab }: { initialTab: KnowledgeTab }) {
  const workspace = useWorkspace();
  const canManage = workspace.can("knowledge.manage");
  const [tab, setTab] = useState<KnowledgeTab>(initialTab);
  const { dialog, addButton, startAdding, closeDialog, restoreFocus } = useAddDialogs();

  function changeTab(next: string) {
    const value = next as KnowledgeTab;
    setTab(value);
    // Kept in the address so reloading or coming back from an article lands on the same tab.
    window.history.replaceState(null, "", value === "sources" ? window.location.pathname : `?tab=${value}`);
  }

  return (
    <>
      <PageHeader
        title="Knowledge"
        description="What your AI agent answers from: files, websites, articles and short answers."
        actions={canManage ? <AddMenu triggerRef={addButton} onAdd={(action) => startAdding(action)} /> : null}
      />
      <KnowledgeTabs tab={tab} onTabChange={changeTab} onAdd={startAdding} />
      {canManage ? (
        <>
          <UploadDialog open={dialog === "upload"} onOpenChange={closeDialog} onCloseAutoFocus={restoreFocus} onUploaded={() => changeTab("sources")} />
          <AddUrlDialog open={dialog === "url"} onOpenChange={closeDialog} onCloseAutoFocus={restoreFocus} onAdded={() => changeTab("sources")} />
          <ShortAnswerDialog open={dialog === "shortAnswer"} onOpenChange={closeDialog} onCloseAutoFocus={restoreFocus} onSaved={() => changeTab("short-answers")} />
        </>
      ) : null}
    </>
  );
}
