import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";

/** Grey shapes where content is loading, announced once by `label`; one skeleton per class list in `rows`. */
export function LoadingPlaceholder({ label, rows, className }: { label: string; rows: readonly string[]; className?: string }) {
  return (
    <div className={cn("grid gap-2", className)} aria-busy="true" aria-label={label}>
      {rows.map((row, index) => (
        <Skeleton key={index} className={row} />
      ))}
    </div>
  );
}
