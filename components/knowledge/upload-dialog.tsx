"use client";

import { CircleCheckIcon, CircleXIcon, FileIcon, XIcon } from "lucide-react";
import { useState } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { Progress } from "@/components/ui/progress";
import { toast } from "@/components/ui/toaster";
import { FileDropZone } from "./file-drop-zone";
import { formatBytes } from "./format";
import { SwitchField } from "./switch-field";
import type { ControlledPanelProps } from "./types";
import { isSupportedFile, MAX_FILES_PER_UPLOAD, uploadFiles, type UploadResult } from "./upload-files";
import { useInvalidateSources } from "./use-invalidate-sources";

const fileKey = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;

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

export function UploadDialog({ open, onOpenChange, onCloseAutoFocus, onUploaded }: ControlledPanelProps & { onUploaded: () => void }) {
  const workspace = useWorkspace();
  const invalidateSources = useInvalidateSources();
  const [files, setFiles] = useState<File[]>([]);
  const [rejectSensitive, setRejectSensitive] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [results, setResults] = useState<UploadResult[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const uploading = progress !== null;

  function reset() {
    setFiles([]);
    setResults(null);
    setProblem(null);
  }

  function changeOpen(next: boolean) {
    if (!next && !uploading) reset();
    onOpenChange(next);
  }

  function addFiles(chosen: File[]) {
    const unsupported = chosen.filter((file) => !isSupportedFile(file.name));
    const known = new Set(files.map(fileKey));
    const fresh = chosen.filter((file) => isSupportedFile(file.name) && !known.has(fileKey(file)));
    const next = [...files, ...fresh].slice(0, MAX_FILES_PER_UPLOAD);
    const notes = [
      unsupported.length ? `Not a supported type: ${unsupported.map((file) => file.name).join(", ")}.` : null,
      files.length + fresh.length > MAX_FILES_PER_UPLOAD ? `Only ${MAX_FILES_PER_UPLOAD} files can be uploaded at a time.` : null,
    ].filter(Boolean);
    setFiles(next);
    setProblem(notes.length ? notes.join(" ") : null);
  }

  async function upload() {
    setProblem(null);
    setProgress(0);
    try {
      const answer = await uploadFiles(`/api/workspaces/${workspace.id}/knowledge/files`, files, { rejectSensitive, onProgress: setProgress });
      setResults(answer);
      setFiles([]);
      const added = answer.filter((result) => result.ok).length;
      if (added > 0) {
        toast.success(`${added === 1 ? "1 file" : `${added} files`} added. Indexing has started.`);
        onUploaded();
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "The upload failed. Please try again.");
    } finally {
      setProgress(null);
      void invalidateSources();
    }
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>Upload files</DialogTitle>
          <DialogDescription>Each file becomes a source the agent can answer from. Text is extracted, checked for sensitive data and indexed.</DialogDescription>
        </DialogHeader>
        {results ? (
          <>
            <ResultList results={results} />
            <DialogFooter>
              <Button variant="outline" onClick={reset}>
                Upload more
              </Button>
              <Button onClick={() => changeOpen(false)}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <div className="grid gap-4">
            <FileDropZone onFiles={addFiles} disabled={uploading} />
            <FormError message={problem} />
            {files.length ? (
              <ul className="grid max-h-48 gap-1 overflow-y-auto" aria-label="Chosen files">
                {files.map((file) => (
                  <li key={fileKey(file)} className="flex items-center gap-2 rounded-md border px-2 py-1 text-sm">
                    <FileIcon aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
                    <span className="min-w-0 flex-1 truncate" title={file.name}>
                      {file.name}
                    </span>
                    <span className="shrink-0 text-xs text-muted-foreground tabular-nums">{formatBytes(file.size)}</span>
                    <Button
                      variant="ghost"
                      size="icon"
                      className="size-7"
                      disabled={uploading}
                      aria-label={`Remove ${file.name}`}
                      onClick={() => setFiles((current) => current.filter((other) => other !== file))}
                    >
                      <XIcon />
                    </Button>
                  </li>
                ))}
              </ul>
            ) : null}
            <SwitchField
              id="upload-reject-sensitive"
              label="Reject files that contain sensitive data"
              description="Otherwise card numbers, ID numbers, passwords and keys are masked before indexing."
              checked={rejectSensitive}
              onCheckedChange={setRejectSensitive}
              disabled={uploading}
            />
            {uploading ? <Progress value={Math.round(progress * 100)} label={`Uploading ${files.length === 1 ? "1 file" : `${files.length} files`}`} /> : null}
            <DialogFooter>
              <Button variant="outline" onClick={() => changeOpen(false)}>
                Cancel
              </Button>
              <Button onClick={upload} disabled={files.length === 0} loading={uploading}>
                {files.length > 1 ? `Upload ${files.length} files` : "Upload"}
              </Button>
            </DialogFooter>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
