"use client";

import { UploadCloudIcon } from "lucide-react";
import { useId, useRef, useState, type DragEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { MAX_FILES_PER_UPLOAD, SUPPORTED_FILE_EXTENSIONS } from "./upload-files";

/**
 * Drop files here, or press the button to open the system picker: the real file input stays in the
 * page (visually hidden) so keyboard users, screen readers and tests reach it like any other.
 */
export function FileDropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onFiles(Array.from(event.dataTransfer.files));
  }

  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={cn(
        "flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-6 text-center transition-colors",
        dragging ? "border-primary bg-primary/5" : "border-input",
      )}
    >
      <UploadCloudIcon aria-hidden="true" className="size-8 text-muted-foreground" />
      <p className="text-sm font-medium">Drag files here</p>
      <p id={hintId} className="text-xs text-muted-foreground">
        PDF, Word, PowerPoint, HTML, Markdown, text, CSV, JSON, XML and video. Up to {MAX_FILES_PER_UPLOAD} at a time.
      </p>
      <Button type="button" variant="outline" size="sm" disabled={disabled} onClick={() => input.current?.click()} aria-describedby={hintId}>
        Choose files
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept={SUPPORTED_FILE_EXTENSIONS.join(",")}
        aria-label="Files to upload"
        tabIndex={-1}
        className="sr-only"
        disabled={disabled}
        onChange={(event) => {
          onFiles(Array.from(event.currentTarget.files ?? []));
          // Clearing lets the same file be chosen again after it was removed from the list.
          event.currentTarget.value = "";
        }}
      />
    </div>
  );
}
