"use client";

import { ArrowLeftIcon } from "lucide-react";
import Link from "next/link";
import { useWorkspace } from "@/components/dashboard/workspace-context";

export function BackToArticles({ confirmLeave = false }: { confirmLeave?: boolean }) {
  const workspace = useWorkspace();
  return (
    <Link
      href={`/w/${workspace.slug}/knowledge?tab=articles`}
      className="mb-4 inline-flex items-center gap-1 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      onClick={(event) => {
        // beforeunload does not cover moving within the app, so ask here too.
        if (confirmLeave && !window.confirm("Leave without saving? Your changes will be lost.")) event.preventDefault();
      }}
    >
      <ArrowLeftIcon aria-hidden="true" className="size-4" /> Articles
    </Link>
  );
}
