import { NewArticleEditor } from "@/components/knowledge/article-editor";

export const metadata = { title: "New article · Closer" };

export default function NewArticlePage() {
  return <NewArticleEditor />;
}
