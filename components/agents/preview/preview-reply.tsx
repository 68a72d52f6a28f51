"use client";

import { ChevronDownIcon, SparklesIcon } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";
import { DecisionBadge } from "./decision-badge";
import { ImproveDialog } from "./improve-dialog";
import { ReplyText } from "./reply-text";
import type { PreviewMessage } from "./types";
import { WhyPanel } from "./why-panel";

interface PreviewReplyProps {
  reply: PreviewMessage;
  workspaceId: string;
  agentId: string;
  onRetry: (reply: PreviewMessage) => void;
}

/** One agent reply: the streamed text with its sources and decision, the "Why?" panel, and "Improve answer". */
export function PreviewReply({ reply, workspaceId, agentId, onRetry }: PreviewReplyProps) {
  const [showWhy, setShowWhy] = useState(false);
  const [improving, setImproving] = useState(false);
  const whyId = useId();
  const done = !reply.streaming && !reply.error;

  return (
    <article aria-label="Agent reply" aria-busy={reply.streaming} className="grid min-w-0 gap-2" data-testid="preview-reply">
      <div className="grid gap-2 rounded-lg rounded-tl-sm border bg-card p-3">
        {reply.text ? <ReplyText text={reply.text} sources={reply.sources} /> : null}
        {reply.streaming && !reply.text ? <Spinner label="The agent is replying" className="size-4 text-muted-foreground" /> : null}
        {reply.error ? (
          <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-destructive">
            {reply.error}
            <Button variant="outline" size="sm" onClick={() => onRetry(reply)}>
              Try again
            </Button>
          </div>
        ) : null}
      </div>
      {done ? (
        <div className="flex flex-wrap items-center gap-1.5">
          {reply.decision ? <DecisionBadge decision={reply.decision} /> : null}
          {reply.trace ? (
            <Button variant="ghost" size="sm" className="h-7 px-2" aria-expanded={showWhy} aria-controls={whyId} onClick={() => setShowWhy((open) => !open)}>
              Why?
              <ChevronDownIcon aria-hidden="true" className={cn("transition-transform", showWhy && "rotate-180")} />
            </Button>
          ) : null}
          {reply.question ? (
            <Button variant="ghost" size="sm" className="h-7 px-2" onClick={() => setImproving(true)}>
              <SparklesIcon aria-hidden="true" />
              Improve answer
            </Button>
          ) : null}
        </div>
      ) : null}
      {showWhy && reply.trace ? <WhyPanel id={whyId} trace={reply.trace} /> : null}
      {reply.question ? <ImproveDialog workspaceId={workspaceId} agentId={agentId} reply={reply} open={improving} onOpenChange={setImproving} /> : null}
    </article>
  );
}
