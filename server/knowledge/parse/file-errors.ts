import { AppError } from "@/server/errors";

/** Errors name the file so a batch upload can tell the person which file failed and why. */
export function invalidFile(filename: string, reason: string, cause?: unknown): AppError {
  return new AppError("INVALID", `"${displayName(filename)}" ${reason}`, { cause });
}

export function tooLargeFile(filename: string, reason: string): AppError {
  return new AppError("TOO_LARGE", `"${displayName(filename)}" ${reason}`);
}

export function corruptFile(filename: string, kind: string, cause?: unknown): AppError {
  return invalidFile(filename, `could not be read as ${kind}. The file may be damaged; try saving it again.`, cause);
}

export function formatSize(bytes: number): string {
  const mib = 1024 * 1024;
  if (bytes < mib) return `${Math.ceil(bytes / 1024)} KB`;
  const mb = bytes / mib;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

function displayName(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  return base.length > 120 ? `${base.slice(0, 117)}...` : base;
}
