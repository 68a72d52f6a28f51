import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { languageName } from "../labels";
import { toSafeHref } from "@/widget/citations";
import { citedPassages } from "./citations";
import { DecisionBadge } from "./decision-badge";
import { formatLatency, formatPercent, formatScore, formatTokens } from "./format";
import type { PreviewTrace } from "./types";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8.5rem_minmax(0,1fr)] gap-2">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function Passages({ trace }: { trace: PreviewTrace }) {
  const cited = citedPassages(trace);
  if (!trace.passages.length) return <p className="text-muted-foreground">No passages were retrieved for this message.</p>;
  return (
    <ol className="grid gap-2">
      {trace.passages.map((passage) => {
        const shownAs = cited.get(passage.n);
        const href = toSafeHref(passage.url);
        return (
          <li key={passage.n} data-cited={shownAs !== undefined || undefined} className={cn("grid gap-1 rounded-md border p-2", shownAs !== undefined ? "border-primary/50 bg-primary/5" : "bg-background")}>
            <div className="flex min-w-0 items-baseline gap-2">
              <span className="shrink-0 font-medium tabular-nums" aria-label={`Rank ${passage.n}`}>
                #{passage.n}
              </span>
              {href ? (
                <a href={href} target="_blank" rel="noreferrer" className="min-w-0 truncate font-medium underline-offset-2 hover:underline">
                  {passage.title || "Untitled"}
                </a>
              ) : (
                <span className="min-w-0 truncate font-medium">{passage.title || "Untitled"}</span>
              )}
              {shownAs !== undefined ? (
                <Badge variant="outline" className="ml-auto border-primary/50 text-primary">
                  Cited [{shownAs}]
                </Badge>
              ) : null}
            </div>
            {passage.headingPath.length ? <p className="truncate text-muted-foreground">{passage.headingPath.join(" › ")}</p> : null}
            <p className="flex flex-wrap gap-x-3 text-muted-foreground tabular-nums">
              <span>Fused {formatScore(passage.score)}</span>
              <span>Vector {formatScore(passage.vectorSimilarity)}</span>
              <span>Text {formatScore(passage.textScore)}</span>
            </p>
            <p className="line-clamp-3 text-foreground/80">{passage.excerpt}</p>
          </li>
        );
      })}
    </ol>
  );
}

/** Why the agent replied as it did: decision, confidence, what fired, what was found and used, and the cost. */
export function WhyPanel({ trace, id }: { trace: PreviewTrace; id: string }) {
  return (
    <div id={id} className="grid gap-3 rounded-md border bg-muted/30 p-3 text-xs" data-testid="why-panel">
      <dl className="grid gap-1.5">
        <Fact label="Decision">
          <DecisionBadge decision={trace.decision} />
        </Fact>
        <Fact label="Confidence">{formatPercent(trace.confidence)}</Fact>
        <Fact label="Retrieval confidence">{formatPercent(trace.retrievalConfidence)}</Fact>
        {trace.reason ? <Fact label="Reason">{trace.reason}</Fact> : null}
        <Fact label="Triggers fired">{trace.triggers.length ? trace.triggers.map((trigger) => `“${trigger}”`).join(", ") : "None"}</Fact>
        <Fact label="Searched for">{trace.standaloneQuestion ?? "— (not searched)"}</Fact>
        <Fact label="Reply language">{languageName(trace.replyLanguage)}</Fact>
        {trace.removedInstructions > 0 ? <Fact label="Removed">{`${trace.removedInstructions} planted instruction(s) in passages`}</Fact> : null}
      </dl>
      <section className="grid gap-2" aria-label="Retrieved passages">
        <h4 className="font-medium">Retrieved passages</h4>
        <Passages trace={trace} />
      </section>
      <section className="grid gap-1" aria-label="Citations used">
        <h4 className="font-medium">Citations used</h4>
        {trace.citations.length ? (
          <ul className="grid gap-0.5">
            {trace.citations.map((citation) => (
              <li key={citation.n}>
                [{citation.n}] {citation.title}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted-foreground">None</p>
        )}
      </section>
      <dl className="grid gap-1.5 border-t pt-2">
        <Fact label="Model">{trace.model}</Fact>
        <Fact label="Tokens in / out">{`${formatTokens(trace.inputTokens)} / ${formatTokens(trace.outputTokens)}`}</Fact>
        <Fact label="Latency">
          {formatLatency(trace.latencyMs)}
          {trace.beforeModelMs !== null && trace.beforeModelMs !== undefined ? <span className="text-muted-foreground">{` (${formatLatency(trace.beforeModelMs)} before the model)`}</span> : null}
        </Fact>
      </dl>
    </div>
  );
}
