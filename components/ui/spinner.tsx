import { LoaderCircle } from "lucide-react";
import type * as React from "react";

import { cn } from "@/components/ui/cn";

type SpinnerProps = Omit<React.ComponentProps<"span">, "children"> & {
  /** Announced to screen readers; ignored when `decorative`. */
  label?: string;
  /** Hide from assistive tech when something else (e.g. `aria-busy`) already conveys loading. */
  decorative?: boolean;
};

function Spinner({ label = "Loading", decorative = false, className, ...props }: SpinnerProps) {
  return (
    <span
      data-slot="spinner"
      role={decorative ? undefined : "status"}
      aria-hidden={decorative || undefined}
      className={cn("inline-flex size-4 shrink-0 items-center justify-center", className)}
      {...props}
    >
      <LoaderCircle aria-hidden="true" className="size-full animate-spin" />
      {decorative ? null : <span className="sr-only">{label}</span>}
    </span>
  );
}

export { Spinner };
export type { SpinnerProps };
