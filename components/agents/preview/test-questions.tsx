"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { LoadingPlaceholder } from "@/components/ui/loading-placeholder";

interface TestQuestionsProps {
  workspaceId: string;
  agentId: string;
  disabled: boolean;
  onAsk: (question: string) => void;
  /** One scrolling row once the chat has started, so the messages keep the room. */
  compact: boolean;
}

/** Questions drawn from the agent's knowledge, one click to ask. */
export function TestQuestions({ workspaceId, agentId, disabled, onAsk, compact }: TestQuestionsProps) {
  const trpc = useTRPC();
  const questions = useQuery(trpc.agents.testQuestions.queryOptions({ workspaceId, agentId }));

  if (questions.isPending) {
    return <LoadingPlaceholder label="Loading test questions" rows={["h-7 w-32", "h-7 w-24"]} className="flex gap-2" />;
  }
  if (questions.isError) {
    return (
      <p className="text-xs text-muted-foreground">
        Test questions could not be loaded.{" "}
        <Button variant="link" size="sm" className="h-auto p-0 text-xs" onClick={() => void questions.refetch()}>
          Try again
        </Button>
      </p>
    );
  }
  if (!questions.data.length) {
    return compact ? null : <p className="text-xs text-muted-foreground">Add knowledge to this agent to get test questions drawn from it.</p>;
  }
  return (
    <ul aria-label="Test questions" className={cn("flex gap-1.5", compact ? "-mx-1 overflow-x-auto px-1 pb-1" : "flex-wrap")}>
      {questions.data.map((question) => (
        <li key={question} className="shrink-0">
          <Button variant="outline" size="sm" className={cn("h-auto max-w-72 rounded-full py-1 text-left text-xs", compact ? "whitespace-nowrap" : "whitespace-normal")} disabled={disabled} onClick={() => onAsk(question)}>
            {question}
          </Button>
        </li>
      ))}
    </ul>
  );
}
