"use client";

import { ChevronDownIcon, FilterIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { SourceRow } from "./types";

interface SourceFilterProps {
  sources: readonly Pick<SourceRow, "id" | "name">[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Limits the search to some sources; none ticked means all of them. */
export function SourceFilter({ sources, selected, onChange }: SourceFilterProps) {
  const summary = selected.length === 0 ? "All sources" : selected.length === 1 ? (sources.find((source) => source.id === selected[0])?.name ?? "1 source") : `${selected.length} sources`;
  function toggle(id: string, checked: boolean) {
    onChange(checked ? [...selected, id] : selected.filter((other) => other !== id));
  }
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button type="button" variant="outline" className="max-w-64 justify-between" aria-label={`Search in: ${summary}`}>
          <FilterIcon aria-hidden="true" />
          <span className="truncate">{summary}</span>
          <ChevronDownIcon aria-hidden="true" className="opacity-60" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="max-w-80 min-w-56">
        <DropdownMenuLabel>Search in</DropdownMenuLabel>
        <DropdownMenuItem disabled={selected.length === 0} onSelect={() => onChange([])}>
          All sources
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        {sources.length === 0 ? <DropdownMenuLabel className="font-normal text-muted-foreground">No sources yet</DropdownMenuLabel> : null}
        {sources.map((source) => (
          <DropdownMenuCheckboxItem
            key={source.id}
            checked={selected.includes(source.id)}
            onCheckedChange={(checked) => toggle(source.id, checked)}
            // Stay open so several sources can be ticked in one go.
            onSelect={(event) => event.preventDefault()}
          >
            <span className="truncate">{source.name}</span>
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
