"use client";

import { useQuery } from "@tanstack/react-query";
import { FilePenLineIcon, NotebookTextIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { RetryAlert } from "@/components/retry-alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingPlaceholder } from "@/components/ui/loading-placeholder";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatRelativeTime } from "./format";
import { languageLabel } from "./languages";
import { useNow } from "./use-now";
import type { ArticleSummary } from "./types";

export function ArticleStatusBadge({ status }: { status: "draft" | "published" }) {
  return status === "published" ? <Badge variant="success">Published</Badge> : <Badge variant="outline">Draft</Badge>;
}

function ArticlesTable({ articles, base }: { articles: ArticleSummary[]; base: string }) {
  const router = useRouter();
  const now = useNow();
  return (
    <Card className="py-2">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Title</TableHead>
            <TableHead className="hidden sm:table-cell">Category</TableHead>
            <TableHead className="hidden md:table-cell">Language</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="hidden sm:table-cell">Updated</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {articles.map((article) => (
            // The title link is the keyboard and screen-reader way in; the row click is a convenience for the mouse.
            <TableRow key={article.id} className="cursor-pointer" onClick={() => router.push(`${base}/${article.id}`)}>
              <TableCell className="max-w-72 font-medium">
                <Link href={`${base}/${article.id}`} className="block truncate underline-offset-4 hover:underline" onClick={(event) => event.stopPropagation()}>
                  {article.title}
                </Link>
              </TableCell>
              <TableCell className="hidden text-muted-foreground sm:table-cell">{article.category ?? "—"}</TableCell>
              <TableCell className="hidden text-muted-foreground md:table-cell">{languageLabel(article.language)}</TableCell>
              <TableCell>
                <ArticleStatusBadge status={article.status} />
              </TableCell>
              <TableCell className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">{formatRelativeTime(article.updatedAt, now)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

export function ArticlesTab() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const articles = useQuery(trpc.knowledge.articles.list.queryOptions({ workspaceId: workspace.id }));
  const base = `/w/${workspace.slug}/knowledge/articles`;
  const newArticle = workspace.can("knowledge.manage") ? (
    <Button asChild>
      <Link href={`${base}/new`}>
        <FilePenLineIcon aria-hidden="true" /> New article
      </Link>
    </Button>
  ) : null;

  if (articles.isPending) {
    return <LoadingPlaceholder label="Loading articles" rows={["h-10 w-full", "h-10 w-full"]} />;
  }
  if (articles.isError) return <RetryAlert error={articles.error} onRetry={() => void articles.refetch()} />;
  if (articles.data.length === 0) {
    return (
      <EmptyState
        icon={NotebookTextIcon}
        title="No articles yet"
        description="Articles are pages you write here: policies, how-tos and answers that live nowhere else. Once published, the agent answers from them and cites them."
        action={newArticle}
      />
    );
  }
  return (
    <div className="grid gap-3">
      {newArticle ? <div className="flex justify-end">{newArticle}</div> : null}
      <ArticlesTable articles={articles.data} base={base} />
    </div>
  );
}
