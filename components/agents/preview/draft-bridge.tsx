"use client";

import { createContext, useContext, type ReactNode } from "react";
import { splitLines } from "../form-model";
import type { AgentDraftState } from "../use-agent-draft";

/** What the preview may do with the configuration form it sits beside. */
export interface PreviewDraftBridge {
  /** The form has edits that are not saved yet. */
  dirty: boolean;
  /** Adds a handoff phrase to the form, to be saved with the other edits. */
  addHandoffTrigger(phrase: string): void;
  /** Loads the saved draft into the form, after the preview saved a change to it. */
  reload(): Promise<void>;
}

const PreviewDraftContext = createContext<PreviewDraftBridge | null>(null);

/**
 * Lets the preview reach the form's state. The form keeps its own copy of the draft, so a change
 * saved from the preview shows in the form only through this.
 */
export function PreviewDraftProvider({ draft, children }: { draft: AgentDraftState; children: ReactNode }) {
  const bridge: PreviewDraftBridge = {
    dirty: draft.dirty,
    addHandoffTrigger: (phrase) => draft.update("handoffTriggers", [...splitLines(draft.form.handoffTriggers), phrase].join("\n")),
    reload: draft.reload,
  };
  return <PreviewDraftContext.Provider value={bridge}>{children}</PreviewDraftContext.Provider>;
}

export function usePreviewDraftBridge(): PreviewDraftBridge | null {
  return useContext(PreviewDraftContext);
}
