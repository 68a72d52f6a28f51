"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

/** Refreshes the source list, which also restarts its polling when a sync was queued. */
export function useInvalidateSources() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.knowledge.sources.list.queryKey() });
}
