"use client";

import { CircleCheckIcon, CircleXIcon, FileIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { Progress } from "@/components/ui/progress";
import { FileDropZone } from "./file-drop-zone";
import { formatBytes } from "./format";
import { SwitchField } from "./switch-field";
import type { ControlledPanelProps } from "./types";
import type { UploadResult } from "./upload-files";
import { fileKey, useFileUpload, type FileUploadState } from "./use-file-upload";

function ResultList({ results }: { results: UploadResult[] }) {
  return (
    <ul className="grid gap-2" aria-label="Upload results">
      {results.map((result, index) => (
        <li key={`${result.filename}-${index}`} className="flex items-start gap-2 text-sm">
          {result.ok ? (
            <CircleCheckIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success" />
          ) : (
            <CircleXIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-destructive" />
          )}
          <span className="min-w-0">
            <span className="font-medium break-all">{result.filename}</span>
            {result.ok ? <span className="text-muted-foreground"> — added, indexing</span> : <span className="text-destructive"> — {result.error ?? "Could not be added."}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

function ChosenFiles({ upload }: { upload: FileUploadState }) {
  if (!upload.files.length) return null;
  return (
    <ul className="grid max-h-48 gap-1 overflow-y-auto" aria-label="Chosen files">
      {upload.files.map((file) => (
        <li key={fileKey(file)} className="flex items-center gap-2 rounded-md border px-2 py-1 text-sm">
          <FileIcon aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
          <span className="min-w-0 flex-1 truncate" title={file.name}>
            {file.name}
          </span>
          <span className="shrink-0 text-xs text-muted-foreground tabular-nums">{formatBytes(file.size)}</span>
          <Button variant="ghost" size="icon" className="size-7" disabled={upload.uploading} aria-label={`Remove ${file.name}`} onClick={() => upload.removeFile(file)}>
            <XIcon />
          </Button>
        </li>
      ))}
    </ul>
  );
}

function ChooseFiles({ upload, onCancel }: { upload: FileUploadState; onCancel: () => void }) {
  const { files, uploading, progress } = upload;
  return (
    <div className="grid gap-4">
      <FileDropZone onFiles={upload.addFiles} disabled={uploading} />
      <FormError message={upload.problem} />
      <ChosenFiles upload={upload} />
      <SwitchField
        id="upload-reject-sensitive"
        label="Reject files that contain sensitive data"
        description="Otherwise card numbers, ID numbers, passwords and keys are masked before indexing."
        checked={upload.rejectSensitive}
        onCheckedChange={upload.setRejectSensitive}
        disabled={uploading}
      />
      {progress !== null ? <Progress value={Math.round(progress * 100)} label={`Uploading ${files.length === 1 ? "1 file" : `${files.length} files`}`} /> : null}
      <DialogFooter>
        <Button variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button onClick={upload.upload} disabled={files.length === 0} loading={uploading}>
          {files.length > 1 ? `Upload ${files.length} files` : "Upload"}
        </Button>
      </DialogFooter>
    </div>
  );
}

export function UploadDialog({ open, onOpenChange, onCloseAutoFocus, onUploaded }: ControlledPanelProps & { onUploaded: () => void }) {
  const upload = useFileUpload(onUploaded);

  function changeOpen(next: boolean) {
    if (!next && !upload.uploading) upload.reset();
    onOpenChange(next);
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>Upload files</DialogTitle>
          <DialogDescription>Each file becomes a source the agent can answer from. Text is extracted, checked for sensitive data and indexed.</DialogDescription>
        </DialogHeader>
        {upload.results ? (
          <>
            <ResultList results={upload.results} />
            <DialogFooter>
              <Button variant="outline" onClick={upload.reset}>
                Upload more
              </Button>
              <Button onClick={() => changeOpen(false)}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <ChooseFiles upload={upload} onCancel={() => changeOpen(false)} />
        )}
      </DialogContent>
    </Dialog>
  );
}
