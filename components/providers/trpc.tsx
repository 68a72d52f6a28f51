"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/trpc/root";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not fix itself by asking again.
        retry: (failures, error) => !(error instanceof TRPCClientError && (error.data?.httpStatus ?? 500) < 500) && failures < 2,
      },
    },
  });
}

export function TrpcProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/** The message to show for a failed call, with per-field errors when the input was rejected. */
export function describeError(error: unknown): { message: string; fieldErrors: Record<string, string[] | undefined> } {
  if (error instanceof TRPCClientError) {
    const data = error.data as { fieldErrors?: Record<string, string[]> | null } | undefined;
    const fieldErrors = data?.fieldErrors ?? {};
    const first = Object.values(fieldErrors).flat()[0];
    return { message: Object.keys(fieldErrors).length ? (first ?? "Check the highlighted fields.") : error.message, fieldErrors };
  }
  return { message: "Something went wrong. Check your connection and try again.", fieldErrors: {} };
}
