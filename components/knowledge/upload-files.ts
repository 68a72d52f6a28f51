/** Extensions the server can parse; the file picker offers only these. */
export const SUPPORTED_FILE_EXTENSIONS = [
  ".pdf", ".docx", ".pptx", ".html", ".htm", ".xhtml", ".md", ".rst", ".txt", ".text", ".csv", ".json", ".xml", ".cfg", ".conf",
  ".mp4", ".mpg", ".mpeg", ".avi", ".mov", ".webm",
] as const;

/** The server refuses more than this many files in one request. */
export const MAX_FILES_PER_UPLOAD = 20;

export interface UploadResult {
  filename: string;
  ok: boolean;
  sourceId?: string;
  error?: string;
}

export function isSupportedFile(name: string): boolean {
  const lower = name.toLowerCase();
  return SUPPORTED_FILE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

function readResults(body: unknown): UploadResult[] | null {
  const results = (body as { results?: unknown } | null)?.results;
  return Array.isArray(results) ? (results as UploadResult[]) : null;
}

function readMessage(body: unknown): string | null {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" ? message : null;
}

/** One multipart request with one file. XMLHttpRequest rather than fetch because only it reports upload progress. */
function uploadOne(url: string, file: File, rejectSensitive: boolean, onProgress: (loaded: number) => void): Promise<UploadResult[]> {
  const form = new FormData();
  form.append("files", file, file.name);
  if (rejectSensitive) form.append("rejectSensitive", "true");
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.onprogress = (event) => onProgress(Math.min(event.loaded, file.size));
    request.onload = () => {
      const body: unknown = request.response;
      const results = readResults(body);
      if (results) resolve(results);
      else resolve([{ filename: file.name, ok: false, error: readMessage(body) ?? `The upload failed (${request.status}). Please try again.` }]);
    };
    request.onerror = () => reject(new Error("The upload failed. Check your connection and try again."));
    request.send(form);
  });
}

/**
 * Uploads the files one request each (the server holds one file in memory at a time), reporting
 * progress over all of them. Resolves with one result per file; rejects only when the network fails.
 */
export async function uploadFiles(
  url: string,
  files: readonly File[],
  options: { rejectSensitive: boolean; onProgress: (fraction: number) => void },
): Promise<UploadResult[]> {
  const total = files.reduce((sum, file) => sum + file.size, 0) || 1;
  const results: UploadResult[] = [];
  let done = 0;
  for (const file of files) {
    results.push(...(await uploadOne(url, file, options.rejectSensitive, (loaded) => options.onProgress((done + loaded) / total))));
    done += file.size;
    options.onProgress(done / total);
  }
  return results;
}
