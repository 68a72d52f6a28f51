"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { RetryAlert } from "@/components/retry-alert";
import { LoadingPlaceholder } from "@/components/ui/loading-placeholder";
import { ArticleForm } from "./article-form";
import { BackToArticles } from "./back-to-articles";

export function NewArticleEditor() {
  return <ArticleForm article={null} />;
}

export function EditArticleEditor({ articleId }: { articleId: string }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  // Bumped on "Reload" so the form starts over from the server's version.
  const [version, setVersion] = useState(0);
  const article = useQuery(trpc.knowledge.articles.get.queryOptions({ workspaceId: workspace.id, articleId }, { refetchOnWindowFocus: false }));

  async function reload() {
    await article.refetch();
    setVersion((current) => current + 1);
  }

  if (article.isPending) {
    return <LoadingPlaceholder label="Loading article" rows={["h-8 w-64", "h-9 w-full", "h-96 w-full"]} className="grid gap-4" />;
  }
  if (article.isError) {
    return (
      <>
        <BackToArticles />
        <RetryAlert error={article.error} onRetry={() => void article.refetch()} />
      </>
    );
  }
  return <ArticleForm key={`${article.data.id}-${version}`} article={article.data} onReload={reload} />;
}
