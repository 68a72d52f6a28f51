"use client";

import { ChevronDownIcon, FilePenLineIcon, GlobeIcon, MessageSquareQuoteIcon, PlusIcon, UploadIcon } from "lucide-react";
import Link from "next/link";
import type { Ref } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { AddAction } from "./types";

interface AddMenuProps {
  onAdd: (action: Exclude<AddAction, "article">) => void;
  triggerRef: Ref<HTMLButtonElement>;
}

/** The one entry point for adding knowledge; each item says what it adds. */
export function AddMenu({ onAdd, triggerRef }: AddMenuProps) {
  const workspace = useWorkspace();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button ref={triggerRef}>
          <PlusIcon aria-hidden="true" /> Add <ChevronDownIcon aria-hidden="true" className="opacity-70" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuItem onSelect={() => onAdd("upload")}>
          <UploadIcon aria-hidden="true" /> Upload files
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => onAdd("url")}>
          <GlobeIcon aria-hidden="true" /> Add a website or page
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href={`/w/${workspace.slug}/knowledge/articles/new`}>
            <FilePenLineIcon aria-hidden="true" /> New article
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => onAdd("shortAnswer")}>
          <MessageSquareQuoteIcon aria-hidden="true" /> New short answer
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
