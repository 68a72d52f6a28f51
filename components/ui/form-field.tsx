import { Slot as SlotPrimitive } from "radix-ui";
import type * as React from "react";

import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";

type FormFieldProps = {
  /** The control's id; the label, description and error ids derive from it. */
  id: string;
  label: React.ReactNode;
  description?: React.ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  /**
   * Exactly one control (Input, Textarea, Switch…), which receives the id and ARIA wiring; or a
   * function that spreads the wiring itself, for controls nested in a wrapper such as Select:
   * `{(control) => <Select><SelectTrigger {...control} />…</Select>}`.
   */
  children: React.ReactElement | ((control: FieldControlProps) => React.ReactNode);
};

type FieldControlProps = {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
  "aria-required": true | undefined;
};

/** The ids a control must reference; exported for controls that cannot be passed as children. */
function getFieldIds(id: string) {
  return { descriptionId: `${id}-description`, errorId: `${id}-error` };
}

function FormField({
  id,
  label,
  description,
  error,
  required = false,
  className,
  children,
}: FormFieldProps) {
  const { descriptionId, errorId } = getFieldIds(id);
  const hasError = Boolean(error);
  const describedBy =
    [description ? descriptionId : null, hasError ? errorId : null].filter(Boolean).join(" ") ||
    undefined;
  const control: FieldControlProps = {
    id,
    "aria-describedby": describedBy,
    "aria-invalid": hasError || undefined,
    "aria-required": required || undefined,
  };
  return (
    <div
      data-slot="form-field"
      data-invalid={hasError || undefined}
      className={cn("grid gap-2", className)}
    >
      <Label htmlFor={id} className={cn(hasError && "text-destructive")}>
        {label}
        {required ? (
          <span aria-hidden="true" className="text-destructive">
            *
          </span>
        ) : null}
      </Label>
      {typeof children === "function" ? (
        children(control)
      ) : (
        <SlotPrimitive.Root {...control}>{children}</SlotPrimitive.Root>
      )}
      {description ? (
        <p id={descriptionId} data-slot="form-description" className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {hasError ? (
        <p id={errorId} data-slot="form-message" className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export { FormField, getFieldIds };
export type { FieldControlProps, FormFieldProps };
