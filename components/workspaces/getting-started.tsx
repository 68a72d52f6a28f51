import { CircleCheckIcon, CircleIcon } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AgentOverview } from "@/server/agents";

export interface GettingStartedFacts {
  slug: string;
  indexedDocuments: number;
  agents: AgentOverview;
  previewConversations: number;
}

interface Step {
  title: string;
  description: string;
  href: string;
  done: boolean;
}

function stepsFor({ slug, indexedDocuments, agents, previewConversations }: GettingStartedFacts): Step[] {
  const agentHref = agents.firstAgentId ? `/w/${slug}/agents/${agents.firstAgentId}` : `/w/${slug}/agents`;
  return [
    { title: "Add knowledge", description: "Import help pages, upload files or write articles for agents to answer from.", href: `/w/${slug}/knowledge`, done: indexedDocuments > 0 },
    { title: "Create an agent", description: "Give it a name; its settings start from sensible defaults.", href: `/w/${slug}/agents`, done: agents.total > 0 },
    { title: "Try it in the preview", description: "Ask the questions your visitors ask and see which sources it cites.", href: agentHref, done: previewConversations > 0 },
    { title: "Publish it", description: "Visitors can talk only to published agents.", href: agentHref, done: agents.published > 0 },
    { title: "Put it on your website", description: "List your site under Allowed websites (Channels tab) and paste the snippet.", href: agentHref, done: agents.embeddable > 0 },
  ];
}

/** The first five things to do in a new workspace, each ticked from what the workspace holds. */
export function GettingStarted(facts: GettingStartedFacts) {
  const steps = stepsFor(facts);
  const done = steps.filter((step) => step.done).length;
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2 id="getting-started-heading">{done === steps.length ? "All set up" : "Getting started"}</h2>
        </CardTitle>
        <CardDescription>
          {done} of {steps.length} steps done.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ol aria-labelledby="getting-started-heading" className="grid gap-3">
          {steps.map((step) => (
            <li key={step.title} className="flex items-start gap-3">
              {step.done ? (
                <CircleCheckIcon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-success" />
              ) : (
                <CircleIcon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
              )}
              <div className="grid gap-0.5">
                <Link href={step.href} className="font-medium underline-offset-4 hover:underline">
                  {step.title}
                  <span className="sr-only">{step.done ? " (done)" : " (to do)"}</span>
                </Link>
                <p className="text-sm text-muted-foreground">{step.description}</p>
              </div>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
