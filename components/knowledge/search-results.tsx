import { ChevronRightIcon, ExternalLinkIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { clipMarkdown, formatPercent } from "./format";
import { PassageMarkdown } from "./passage-markdown";
import { sourceKindLabels } from "./source-kind";
import type { SearchHit, SearchResponse } from "./types";

const score = (value: number | null, digits = 2) => (value === null ? "—" : value.toFixed(digits));
const rank = (value: number | null) => (value === null ? "not matched" : `#${value + 1}`);

function hitLink(hit: SearchHit): string | null {
  if (!hit.url) return null;
  return hit.anchor ? `${hit.url.replace(/#.*$/, "")}#${hit.anchor}` : hit.url;
}

export function SearchSummary({ response }: { response: SearchResponse }) {
  const { signals } = response;
  const items: [string, string][] = [
    ["Top similarity", score(signals.topSimilarity)],
    ["Top text rank", score(signals.topTextRank)],
    ["Term coverage", formatPercent(signals.termCoverage)],
    ["Agreement", signals.agreement ? "Yes: first in both rankings" : "No"],
  ];
  return (
    <Card className="gap-3 py-4">
      <CardContent className="grid gap-3 px-4 sm:grid-cols-[14rem_1fr] sm:items-center">
        <Progress value={Math.round(response.confidence * 100)} label="Confidence" />
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
          {items.map(([term, value]) => (
            <div key={term} className="grid">
              <dt className="text-xs text-muted-foreground">{term}</dt>
              <dd className="font-medium tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}

/** Why the passage ranks where it does: the fused score and each ranking's own. */
function HitScores({ hit }: { hit: SearchHit }) {
  const items: [string, string][] = [
    ["Fused score", score(hit.score, 4)],
    ["Vector similarity", `${score(hit.vectorSimilarity)} (${rank(hit.vectorRank)})`],
    ["Text rank", `${score(hit.textScore)} (${rank(hit.textRank)})`],
  ];
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 pt-1 text-xs">
      {items.map(([term, value]) => (
        <div key={term} className="flex gap-1">
          <dt className="text-muted-foreground">{term}</dt>
          <dd className="font-medium tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SearchResultCard({ hit, position }: { hit: SearchHit; position: number }) {
  const link = hitLink(hit);
  const title = hit.title || "Untitled";
  return (
    <li>
      <Card className="gap-2 py-4">
        <CardContent className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-2 px-4">
          <span className="flex size-7 items-center justify-center rounded-full bg-muted text-sm font-semibold tabular-nums" aria-label={`Rank ${position}`}>
            {position}
          </span>
          <div className="grid min-w-0 gap-1">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="min-w-0 font-medium break-words">
                {link ? (
                  <a href={link} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline">
                    {title}
                    <ExternalLinkIcon aria-hidden="true" className="size-3.5 shrink-0" />
                    <span className="sr-only">(opens in a new tab)</span>
                  </a>
                ) : (
                  title
                )}
              </h3>
              <Badge variant="secondary">{sourceKindLabels[hit.sourceKind]}</Badge>
            </div>
            {hit.headingPath.length ? (
              <nav aria-label="Section">
                <ol className="flex flex-wrap items-center gap-1 text-xs text-muted-foreground">
                  {hit.headingPath.map((heading, index) => (
                    <li key={`${heading}-${index}`} className="inline-flex items-center gap-1">
                      {index > 0 ? <ChevronRightIcon aria-hidden="true" className="size-3" /> : null}
                      {heading}
                    </li>
                  ))}
                </ol>
              </nav>
            ) : null}
            <PassageMarkdown markdown={clipMarkdown(hit.content, 600)} />
            <HitScores hit={hit} />
          </div>
        </CardContent>
      </Card>
    </li>
  );
}
