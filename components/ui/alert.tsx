import { cva, type VariantProps } from "class-variance-authority";
import { CircleAlertIcon, InfoIcon, type LucideIcon } from "lucide-react";
import type * as React from "react";

import { cn } from "@/components/ui/cn";

const alertVariants = cva(
  "relative grid w-full grid-cols-[0_1fr] items-start gap-y-0.5 rounded-lg border px-4 py-3 text-sm has-[>svg]:grid-cols-[calc(var(--spacing)*4)_1fr] has-[>svg]:gap-x-3 [&>svg]:size-4 [&>svg]:translate-y-0.5 [&>svg]:text-current",
  {
    variants: {
      variant: {
        info: "bg-card text-card-foreground [&>svg]:text-primary",
        destructive:
          "border-destructive/40 bg-destructive/5 text-destructive *:data-[slot=alert-description]:text-destructive",
      },
    },
    defaultVariants: { variant: "info" },
  },
);

const defaultIcons: Record<NonNullable<VariantProps<typeof alertVariants>["variant"]>, LucideIcon> =
  {
    info: InfoIcon,
    destructive: CircleAlertIcon,
  };

type AlertProps = React.ComponentProps<"div"> &
  VariantProps<typeof alertVariants> & {
    /** Replaces the variant's icon; `null` shows none. */
    icon?: LucideIcon | null;
  };

/**
 * Errors use role="alert" so they are announced when they appear; info uses role="status",
 * which waits politely instead of interrupting.
 */
function Alert({ className, variant, icon, children, role, ...props }: AlertProps) {
  const resolvedVariant = variant ?? "info";
  const Icon = icon === undefined ? defaultIcons[resolvedVariant] : icon;
  return (
    <div
      data-slot="alert"
      data-variant={resolvedVariant}
      role={role ?? (resolvedVariant === "destructive" ? "alert" : "status")}
      className={cn(alertVariants({ variant: resolvedVariant }), className)}
      {...props}
    >
      {Icon ? <Icon aria-hidden="true" /> : null}
      {children}
    </div>
  );
}

function AlertTitle({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="alert-title"
      className={cn("col-start-2 line-clamp-1 min-h-4 font-medium tracking-tight", className)}
      {...props}
    />
  );
}

function AlertDescription({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="alert-description"
      className={cn(
        "col-start-2 grid justify-items-start gap-1 text-sm text-muted-foreground [&_p]:leading-relaxed",
        className,
      )}
      {...props}
    />
  );
}

export { Alert, AlertDescription, AlertTitle, alertVariants };
export type { AlertProps };
