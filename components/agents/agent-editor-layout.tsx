import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * The configuration form, and on wide screens a column beside it for a live preview of the agent.
 * Without a preview the form takes the width alone.
 */
export function AgentEditorLayout({ children, preview }: { children: ReactNode; preview?: ReactNode }) {
  return (
    // grid-cols-1 (minmax(0, 1fr)) keeps wide content such as the embed snippet from widening the page on phones.
    <div className={cn("grid grid-cols-1 items-start gap-6", preview ? "xl:grid-cols-[minmax(0,1fr)_minmax(20rem,26rem)]" : "max-w-4xl")}>
      <div className="grid min-w-0 grid-cols-1 gap-6">{children}</div>
      {preview ? (
        <aside aria-label="Preview" className="min-w-0 xl:sticky xl:top-6">
          {preview}
        </aside>
      ) : null}
    </div>
  );
}
