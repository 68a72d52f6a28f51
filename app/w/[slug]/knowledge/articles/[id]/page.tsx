import { notFound } from "next/navigation";
import { EditArticleEditor } from "@/components/knowledge/article-editor";

export const metadata = { title: "Article · Closer" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  return <EditArticleEditor articleId={id} />;
}
