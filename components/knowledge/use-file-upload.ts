"use client";

import { useState } from "react";
import { useWorkspace } from "@/components/dashboard/workspace-context";
import { toast } from "@/components/ui/toaster";
import { isSupportedFile, MAX_FILES_PER_UPLOAD, uploadFiles, type UploadResult } from "./upload-files";
import { useInvalidateSources } from "./use-invalidate-sources";

export const fileKey = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;

/** The chosen files, the upload with its progress, and what the server made of each file. */
export function useFileUpload(onUploaded: () => void) {
  const workspace = useWorkspace();
  const invalidateSources = useInvalidateSources();
  const [files, setFiles] = useState<File[]>([]);
  const [rejectSensitive, setRejectSensitive] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [results, setResults] = useState<UploadResult[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function reset() {
    setFiles([]);
    setResults(null);
    setProblem(null);
  }

  function addFiles(chosen: File[]) {
    const unsupported = chosen.filter((file) => !isSupportedFile(file.name));
    const known = new Set(files.map(fileKey));
    const fresh = chosen.filter((file) => isSupportedFile(file.name) && !known.has(fileKey(file)));
    const notes = [
      unsupported.length ? `Not a supported type: ${unsupported.map((file) => file.name).join(", ")}.` : null,
      files.length + fresh.length > MAX_FILES_PER_UPLOAD ? `Only ${MAX_FILES_PER_UPLOAD} files can be uploaded at a time.` : null,
    ].filter(Boolean);
    setFiles([...files, ...fresh].slice(0, MAX_FILES_PER_UPLOAD));
    setProblem(notes.length ? notes.join(" ") : null);
  }

  const removeFile = (file: File) => setFiles((current) => current.filter((other) => other !== file));

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

  return { files, addFiles, removeFile, rejectSensitive, setRejectSensitive, progress, uploading: progress !== null, results, problem, reset, upload };
}

export type FileUploadState = ReturnType<typeof useFileUpload>;
