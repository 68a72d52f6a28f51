"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { describeError, useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toaster";
import type { Article } from "./types";
import { useInvalidateSources } from "./use-invalidate-sources";

export function DeleteArticleButton({ article }: { article: Pick<Article, "id" | "title" | "status"> }) {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const invalidateSources = useInvalidateSources();
  const remove = useMutation(
    trpc.knowledge.articles.delete.mutationOptions({
      onSuccess: () => {
        toast.success(`${article.title} was deleted.`);
        void queryClient.invalidateQueries({ queryKey: trpc.knowledge.articles.list.queryKey() });
        void invalidateSources();
        router.push(`/w/${workspace.slug}/knowledge?tab=articles`);
      },
      onError: (error) => toast.error(describeError(error).message),
    }),
  );
  return (
    <ConfirmDialog
      trigger={
        <Button type="button" variant="outline" loading={remove.isPending}>
          <Trash2Icon aria-hidden="true" /> Delete
        </Button>
      }
      title={`Delete ${article.title}?`}
      description={`${article.status === "published" ? "The agent stops answering from it once the index is updated. " : ""}This cannot be undone.`}
      confirmLabel="Delete article"
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ workspaceId: workspace.id, articleId: article.id })}
    />
  );
}
