"use client";

import { Progress as ProgressPrimitive } from "radix-ui";
import { useId } from "react";
import type * as React from "react";

import { cn } from "@/components/ui/cn";

type ProgressProps = Omit<React.ComponentProps<typeof ProgressPrimitive.Root>, "value"> & {
  /** Current value; `null` means indeterminate. */
  value: number | null;
  /** Accessible name, shown above the bar unless `hideLabel`. */
  label: string;
  hideLabel?: boolean;
  /** Show the percentage next to the label. */
  showValue?: boolean;
};

function toPercent(value: number | null, max: number): number | null {
  if (value === null || !(max > 0)) return null;
  return Math.round((Math.min(Math.max(value, 0), max) / max) * 100);
}

function Progress({
  className,
  value,
  max = 100,
  label,
  hideLabel = false,
  showValue = true,
  getValueLabel,
  ...props
}: ProgressProps) {
  const labelId = useId();
  const percent = toPercent(value, max);
  return (
    <div data-slot="progress-field" className="grid w-full gap-1.5">
      {hideLabel ? null : (
        <div className="flex items-baseline justify-between gap-2 text-sm">
          <span id={labelId} className="font-medium">
            {label}
          </span>
          {showValue && percent !== null ? (
            <span aria-hidden="true" className="text-muted-foreground tabular-nums">
              {percent}%
            </span>
          ) : null}
        </div>
      )}
      <ProgressPrimitive.Root
        data-slot="progress"
        value={value === null ? null : Math.min(Math.max(value, 0), max)}
        max={max}
        aria-labelledby={hideLabel ? undefined : labelId}
        aria-label={hideLabel ? label : undefined}
        getValueLabel={getValueLabel ?? ((current, maximum) => `${toPercent(current, maximum)}%`)}
        className={cn("relative h-2 w-full overflow-hidden rounded-full bg-primary/20", className)}
        {...props}
      >
        <ProgressPrimitive.Indicator
          data-slot="progress-indicator"
          className={cn(
            "h-full w-full flex-1 bg-primary transition-transform",
            percent === null && "w-1/3 animate-pulse",
          )}
          style={percent === null ? undefined : { transform: `translateX(-${100 - percent}%)` }}
        />
      </ProgressPrimitive.Root>
    </div>
  );
}

export { Progress };
export type { ProgressProps };
