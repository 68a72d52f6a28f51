"use client";

import type * as React from "react";
import { Toaster as SonnerToaster, type ToasterProps } from "sonner";

/*
 * Mount once in the root layout. Toasts are for confirmations ("Source added"); errors that need
 * action belong in an inline Alert, because toasts disappear on their own.
 */
function Toaster(props: ToasterProps) {
  return (
    <SonnerToaster
      theme="system"
      position="bottom-right"
      closeButton
      className="toaster group"
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
          "--border-radius": "var(--radius)",
        } as React.CSSProperties
      }
      {...props}
    />
  );
}

export { Toaster };
export { toast } from "sonner";
