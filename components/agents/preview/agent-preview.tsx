"use client";

import { MessageSquareTextIcon } from "lucide-react";
import { useState } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { PreviewPanel } from "./preview-panel";
import { useMediaQuery } from "./use-media-query";
import { usePreviewChat } from "./use-preview-chat";

/** Tailwind's `xl`, where the editor shows the preview beside the form. */
const WIDE = "(min-width: 80rem)";

/**
 * "Preview & test" for an agent's draft: beside the form on wide screens, in a sheet opened from a
 * floating button on smaller ones. The conversation survives switching between the two.
 */
export function AgentPreview({ agentId }: { agentId: string }) {
  const workspace = useWorkspace();
  const wide = useMediaQuery(WIDE);
  const [open, setOpen] = useState(false);
  const chat = usePreviewChat({ workspaceId: workspace.id, agentId });

  if (!workspace.can("agents.configure")) {
    return wide ? <p className="rounded-xl border p-4 text-sm text-muted-foreground">Editors and admins can chat with the draft here to test it before publishing.</p> : null;
  }
  if (wide) return <PreviewPanel workspaceId={workspace.id} agentId={agentId} chat={chat} className="h-[calc(100dvh-3rem)] max-h-[56rem]" />;
  return (
    <>
      <Button className="fixed right-4 bottom-4 z-40 rounded-full shadow-lg" size="lg" onClick={() => setOpen(true)} aria-haspopup="dialog">
        <MessageSquareTextIcon aria-hidden="true" />
        Preview
      </Button>
      <Sheet open={open} onOpenChange={setOpen}>
        <SheetContent side="right" className="w-full gap-0 p-0 sm:max-w-md">
          <SheetHeader className="sr-only">
            <SheetTitle>Preview &amp; test</SheetTitle>
            <SheetDescription>Chat with the draft of this agent and see why it replies as it does.</SheetDescription>
          </SheetHeader>
          <PreviewPanel workspaceId={workspace.id} agentId={agentId} chat={chat} inSheet className="min-h-0 flex-1 rounded-none border-0 shadow-none" />
        </SheetContent>
      </Sheet>
    </>
  );
}
