import type * as React from "react";

import { cn } from "@/components/ui/cn";

/** Decorative placeholder: hidden from assistive tech; announce loading on the container instead. */
function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-foreground/10", className)}
      {...props}
    />
  );
}

export { Skeleton };
