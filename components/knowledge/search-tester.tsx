"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { SearchIcon, SearchXIcon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { useTRPC } from "@/components/providers/trpc";
import { RetryAlert } from "@/components/retry-alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LoadingPlaceholder } from "@/components/ui/loading-placeholder";
import { formatPercent } from "./format";
import { SearchResultCard, SearchSummary } from "./search-results";
import { SourceFilter } from "./source-filter";

const RESULT_LIMIT = 10;

interface Submitted {
  query: string;
  sourceIds: string[];
}

function useSearchTester() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const search = useQuery(
    trpc.knowledge.search.queryOptions(
      submitted
        ? { workspaceId: workspace.id, query: submitted.query, sourceIds: submitted.sourceIds.length ? submitted.sourceIds : undefined, limit: RESULT_LIMIT }
        : skipToken,
      // The index changes underneath as sources sync: never show a cached answer as current.
      { staleTime: 0, gcTime: 60_000, refetchOnWindowFocus: false },
    ),
  );
  /** Asking the same again searches again: the index may have changed since. */
  function ask(next: Submitted) {
    const same = submitted && submitted.query === next.query && submitted.sourceIds.join() === next.sourceIds.join();
    if (same) void search.refetch();
    else setSubmitted(next);
  }
  return { submitted, search, ask };
}

type SearchQuery = ReturnType<typeof useSearchTester>["search"];

function announce(search: SearchQuery): string {
  if (search.isFetching) return "Searching…";
  if (!search.data) return "";
  const count = search.data.results.length;
  return count === 0 ? "No passages matched." : `${count === 1 ? "1 passage" : `${count} passages`} found, confidence ${formatPercent(search.data.confidence)}.`;
}

function SearchOutcome({ submitted, search }: { submitted: Submitted; search: SearchQuery }) {
  if (search.isPending || (search.isFetching && !search.data)) {
    return <LoadingPlaceholder label="Searching" rows={["h-20 w-full", "h-32 w-full", "h-32 w-full"]} className="grid gap-3" />;
  }
  if (search.isError) return <RetryAlert error={search.error} onRetry={() => void search.refetch()} />;
  if (search.data.results.length === 0) {
    return (
      <EmptyState
        icon={SearchXIcon}
        title="No passages matched"
        description={`Nothing in ${submitted.sourceIds.length ? "the chosen sources" : "your knowledge"} matches “${submitted.query}”. The agent would ask the visitor to clarify or hand over to a person.`}
      />
    );
  }
  return (
    <section aria-label="Search results" className="grid gap-3" aria-busy={search.isFetching || undefined}>
      <SearchSummary response={search.data} />
      <ol className="grid gap-3">
        {search.data.results.map((hit, index) => (
          <SearchResultCard key={hit.id} hit={hit} position={index + 1} />
        ))}
      </ol>
    </section>
  );
}

export function SearchTester() {
  const workspace = useWorkspace();
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const [sourceIds, setSourceIds] = useState<string[]>([]);
  const sources = useQuery(trpc.knowledge.sources.list.queryOptions({ workspaceId: workspace.id }));
  const { submitted, search, ask } = useSearchTester();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (query.trim()) ask({ query: query.trim(), sourceIds });
  }

  return (
    <div className="grid gap-4">
      <form onSubmit={onSubmit} className="grid gap-2" role="search" aria-label="Test search">
        <Label htmlFor="knowledge-search-query">Ask what a customer would ask</Label>
        <div className="flex flex-wrap gap-2">
          <Input
            id="knowledge-search-query"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="How do I reset my password?"
            maxLength={1_000}
            autoComplete="off"
            className="w-full sm:w-auto sm:min-w-48 sm:flex-1"
          />
          <SourceFilter sources={sources.data ?? []} selected={sourceIds} onChange={setSourceIds} />
          <Button type="submit" loading={search.isFetching} disabled={!query.trim()}>
            <SearchIcon aria-hidden="true" /> Search
          </Button>
        </div>
        <p className="text-sm text-muted-foreground">Shows the passages the agent would read for this question, best first, and how sure retrieval is.</p>
      </form>
      <p role="status" className="sr-only">
        {announce(search)}
      </p>
      {submitted ? <SearchOutcome submitted={submitted} search={search} /> : null}
    </div>
  );
}
