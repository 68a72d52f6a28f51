"use client";

import type * as React from "react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";

interface ConfirmDialogProps {
  /** The button that opens the dialog; leave it out when the caller controls `open`. */
  trigger?: React.ReactElement;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: React.ReactNode;
  description: React.ReactNode;
  /** Anything the person should see or fill in before confirming. */
  children?: React.ReactNode;
  cancelLabel?: string;
  confirmLabel: React.ReactNode;
  variant?: "default" | "destructive";
  pending?: boolean;
  disabled?: boolean;
  onConfirm: () => void;
  contentProps?: Omit<React.ComponentProps<typeof AlertDialogContent>, "children">;
}

/**
 * A confirmation whose confirm button is a plain button, not AlertDialogAction, so the dialog
 * stays open (and busy) until the work finishes; the caller closes it on success.
 */
export function ConfirmDialog({
  trigger,
  open,
  onOpenChange,
  title,
  description,
  children,
  cancelLabel = "Cancel",
  confirmLabel,
  variant = "destructive",
  pending,
  disabled,
  onConfirm,
  contentProps,
}: ConfirmDialogProps) {
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      {trigger ? <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger> : null}
      <AlertDialogContent {...contentProps}>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {children}
        <AlertDialogFooter>
          <AlertDialogCancel>{cancelLabel}</AlertDialogCancel>
          <Button variant={variant} disabled={disabled} loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
