import { ExternalLinkIcon } from "lucide-react";
import { splitCitations, toSafeHref } from "@/widget/citations";
import type { PreviewSource } from "./types";

function CitationMarker({ source }: { source: PreviewSource }) {
  const href = toSafeHref(source.url);
  const className = "mx-0.5 align-super text-[0.7em] font-medium text-primary";
  return href ? (
    <a href={href} target="_blank" rel="noreferrer" className={`${className} underline-offset-2 hover:underline`} title={source.title} aria-label={`Source ${source.n}: ${source.title}`}>
      [{source.n}]
    </a>
  ) : (
    <span className={className} title={source.title}>
      [{source.n}]
    </span>
  );
}

/** The reply with its `[n]` markers linked to the sources listed under it. */
export function ReplyText({ text, sources }: { text: string; sources: PreviewSource[] }) {
  return (
    <div className="grid gap-2">
      <p className="text-sm leading-relaxed whitespace-pre-wrap">
        {splitCitations(text, sources).map((segment, index) =>
          segment.kind === "text" ? <span key={index}>{segment.text}</span> : <CitationMarker key={index} source={segment.source} />,
        )}
      </p>
      {sources.length ? (
        <ol aria-label="Sources" className="grid gap-1 text-xs text-muted-foreground">
          {sources.map((source) => {
            const href = toSafeHref(source.url);
            return (
              <li key={source.n} className="flex min-w-0 items-baseline gap-1.5">
                <span className="font-medium text-foreground">[{source.n}]</span>
                {href ? (
                  <a href={href} target="_blank" rel="noreferrer" className="inline-flex min-w-0 items-center gap-1 underline-offset-2 hover:text-foreground hover:underline">
                    <span className="truncate">{source.title}</span>
                    <ExternalLinkIcon aria-hidden="true" className="size-3 shrink-0" />
                  </a>
                ) : (
                  <span className="truncate">{source.title}</span>
                )}
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
