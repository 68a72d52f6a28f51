"use client";

import { useQuery } from "@tanstack/react-query";
import { InfoIcon, RotateCcwIcon } from "lucide-react";
import { useEffect, useRef } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Composer } from "./composer";
import { usePreviewDraftBridge } from "./draft-bridge";
import { PreviewReply } from "./preview-reply";
import { TestQuestions } from "./test-questions";
import type { PreviewChat } from "./use-preview-chat";

interface PreviewPanelProps {
  workspaceId: string;
  agentId: string;
  chat: PreviewChat;
  className?: string;
  /** Room on the right of the header for the close button of a surrounding sheet. */
  inSheet?: boolean;
}

function useWelcome(workspaceId: string, agentId: string): string | null {
  const trpc = useTRPC();
  const agent = useQuery(trpc.agents.get.queryOptions({ workspaceId, agentId }, { refetchOnWindowFocus: false }));
  const draft = agent.data?.draft;
  if (!draft) return null;
  const browser = typeof navigator === "undefined" ? "" : navigator.language.slice(0, 2);
  const language = draft.languages.find((code) => code === browser) ?? draft.languages[0];
  return (language && draft.welcomeMessages[language]?.trim()) || null;
}

/** The chat with the draft agent: messages, test questions and the composer. */
export function PreviewPanel({ workspaceId, agentId, chat, className, inSheet = false }: PreviewPanelProps) {
  const bridge = usePreviewDraftBridge();
  const welcome = useWelcome(workspaceId, agentId);
  const list = useRef<HTMLDivElement>(null);
  const { messages, busy } = chat;

  // Follow the reply as it streams, unless the person scrolled up to read something.
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const nearBottom = element.scrollHeight - element.scrollTop - element.clientHeight < 120;
    if (nearBottom || messages.at(-1)?.text === "") element.scrollTop = element.scrollHeight;
  }, [messages]);

  return (
    <section aria-label="Preview and test" className={cn("flex min-h-0 flex-col rounded-xl border bg-card text-card-foreground shadow-xs", className)}>
      <header className="grid gap-2 border-b p-4">
        <div className={cn("flex items-center justify-between gap-2", inSheet && "pr-8")}>
          <h2 className="font-semibold">Preview &amp; test</h2>
          <Button variant="ghost" size="sm" onClick={chat.reset} disabled={!messages.length}>
            <RotateCcwIcon aria-hidden="true" />
            Reset conversation
          </Button>
        </div>
        <p className="flex gap-1.5 text-xs text-muted-foreground">
          <InfoIcon aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
          <span>
            Uses the saved <strong className="font-semibold text-foreground">draft</strong> settings, not the live version. Preview chats are not counted as usage.
            {bridge?.dirty ? " Save your edits to try them here." : ""}
          </span>
        </p>
      </header>
      <div ref={list} role="log" aria-label="Preview conversation" aria-busy={busy} className="grid min-h-0 flex-1 content-start gap-4 overflow-y-auto p-4">
        {welcome ? <p className="max-w-[85%] rounded-lg rounded-tl-sm border bg-card p-3 text-sm whitespace-pre-wrap">{welcome}</p> : null}
        {messages.length === 0 ? (
          <div className="grid gap-3 py-2">
            <p className="text-sm text-muted-foreground">Ask what a visitor would ask, or start with a question from the agent&apos;s knowledge:</p>
            <TestQuestions workspaceId={workspaceId} agentId={agentId} disabled={busy} onAsk={chat.send} compact={false} />
          </div>
        ) : null}
        {messages.map((message) =>
          message.role === "visitor" ? (
            <p key={message.id} className="ml-auto max-w-[85%] rounded-lg rounded-tr-sm bg-primary px-3 py-2 text-sm whitespace-pre-wrap text-primary-foreground">
              <span className="sr-only">You: </span>
              {message.text}
            </p>
          ) : (
            <PreviewReply key={message.id} reply={message} workspaceId={workspaceId} agentId={agentId} onRetry={chat.retry} />
          ),
        )}
      </div>
      <footer className="grid gap-2 border-t p-3">
        {messages.length ? <TestQuestions workspaceId={workspaceId} agentId={agentId} disabled={busy} onAsk={chat.send} compact /> : null}
        <Composer busy={busy} onSend={chat.send} />
      </footer>
    </section>
  );
}
