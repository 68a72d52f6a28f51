import { KnowledgePage } from "@/components/knowledge/knowledge-page";
import { parseKnowledgeTab } from "@/components/knowledge/tabs";

export const metadata = { title: "Knowledge · Closer" };

export default async function Knowledge({ searchParams }: { searchParams: Promise<{ tab?: string | string[] }> }) {
  const { tab } = await searchParams;
  return <KnowledgePage initialTab={parseKnowledgeTab(tab)} />;
}
