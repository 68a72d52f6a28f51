"use client";

import { useState } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { stripCitationMarkers } from "./citations";
import { HandoffOption } from "./handoff-option";
import { ShortAnswerOption } from "./short-answer-option";
import type { PreviewMessage } from "./types";

interface ImproveDialogProps {
  workspaceId: string;
  agentId: string;
  reply: PreviewMessage;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Turns one exchange into a lasting fix: a short answer with better words, or a phrase that hands off. */
export function ImproveDialog({ workspaceId, agentId, reply, open, onOpenChange }: ImproveDialogProps) {
  const [option, setOption] = useState("short-answer");
  const question = reply.question ?? "";
  const close = () => onOpenChange(false);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[90dvh] min-w-0 overflow-y-auto">
        <DialogHeader>
          <DialogTitle>Improve answer</DialogTitle>
          <DialogDescription className="line-clamp-2">Visitor asked: “{question}”</DialogDescription>
        </DialogHeader>
        {/* Mounted only while open, so each opening starts from this exchange. */}
        {open ? (
          <Tabs value={option} onValueChange={setOption} className="gap-4">
            <TabsList aria-label="How to improve" className="grid h-auto w-full grid-cols-2">
              <TabsTrigger value="short-answer" className="h-auto py-1.5 whitespace-normal">
                Save as a short answer
              </TabsTrigger>
              <TabsTrigger value="handoff" className="h-auto py-1.5 whitespace-normal">
                Hand off when asked this
              </TabsTrigger>
            </TabsList>
            <TabsContent value="short-answer">
              <ShortAnswerOption
                workspaceId={workspaceId}
                agentId={agentId}
                question={question}
                answer={stripCitationMarkers(reply.text)}
                language={reply.trace?.replyLanguage ?? null}
                onDone={close}
              />
            </TabsContent>
            <TabsContent value="handoff">
              <HandoffOption workspaceId={workspaceId} agentId={agentId} question={question} onDone={close} />
            </TabsContent>
          </Tabs>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
