"use client";

import { CheckIcon, CopyIcon, ExternalLinkIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { useOrigin } from "./use-origin";

export function embedSnippet(origin: string, agentId: string): string {
  return `<script async src="${origin}/widget.js" data-agent="${agentId}"></script>`;
}

export function EmbedSnippet({ agentId, published }: { agentId: string; published: boolean }) {
  const origin = useOrigin();
  const snippet = embedSnippet(origin, agentId);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
      toast.success("Snippet copied.");
      window.setTimeout(() => setCopied(false), 2_000);
    } catch {
      toast.error("Copying was blocked by the browser. Select the snippet and copy it by hand.");
    }
  }

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="embed-snippet-label" className="text-sm font-medium">
          Embed code
        </h3>
        <Button type="button" variant="outline" size="sm" onClick={() => void copy()}>
          {copied ? <CheckIcon aria-hidden="true" /> : <CopyIcon aria-hidden="true" />}
          {copied ? "Copied" : "Copy snippet"}
        </Button>
      </div>
      <pre aria-labelledby="embed-snippet-label" className="overflow-x-auto rounded-md border bg-muted/50 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all">
        <code>{snippet}</code>
      </pre>
      <p className="text-sm text-muted-foreground">
        Paste it before <code className="font-mono text-xs">&lt;/body&gt;</code> on every page where the chat should appear.{" "}
        {published ? "Visitors get the published version." : "The chat appears once the agent is published."}
      </p>
      <a
        href={`/demo/${agentId}`}
        target="_blank"
        rel="noreferrer"
        className="inline-flex w-fit items-center gap-1 text-sm text-primary underline-offset-4 hover:underline"
      >
        Open the demo page <ExternalLinkIcon aria-hidden="true" className="size-3.5" />
        <span className="sr-only">(opens in a new tab)</span>
      </a>
    </div>
  );
}
