import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

type KnowledgeOutputs = inferRouterOutputs<AppRouter>["knowledge"];

export type SourceRow = KnowledgeOutputs["sources"]["list"][number];
export type SourceKind = SourceRow["kind"];
export type SourceStatus = SourceRow["status"];
export type SourceDocument = KnowledgeOutputs["sources"]["documents"][number];
export type ArticleSummary = KnowledgeOutputs["articles"]["list"][number];
export type ShortAnswer = KnowledgeOutputs["shortAnswers"]["list"][number];
export type SearchResponse = KnowledgeOutputs["search"];
export type SearchHit = SearchResponse["results"][number];

/** What the page can open from the Add menu and from the empty states. */
export type AddAction = "upload" | "url" | "article" | "shortAnswer";

/** Props of a dialog or sheet the parent opens and closes (often from a menu item). */
export interface ControlledPanelProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Lets the opener decide where focus returns, since a menu item that opened the panel no longer exists. */
  onCloseAutoFocus?: (event: Event) => void;
}

export type Article = KnowledgeOutputs["articles"]["get"];
