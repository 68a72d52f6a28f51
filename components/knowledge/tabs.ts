/** The Knowledge page's tabs, shared by the server page (which reads `?tab=`) and the client page. */
export const knowledgeTabs = ["sources", "articles", "short-answers", "search"] as const;
export type KnowledgeTab = (typeof knowledgeTabs)[number];

export function parseKnowledgeTab(value: string | string[] | undefined): KnowledgeTab {
  return knowledgeTabs.find((tab) => tab === value) ?? "sources";
}
