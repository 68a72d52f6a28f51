import { unzipSync, type UnzipFileInfo } from "fflate";
import { corruptFile, formatSize, invalidFile, tooLargeFile } from "./file-errors";

const MiB = 1024 * 1024;

export interface ZipLimits {
  /** Sum of the uncompressed sizes the archive declares. */
  maxTotalBytes: number;
  maxEntries: number;
  /** An entry is refused when it expands more than this ratio AND past ratioMinBytes. */
  maxRatio: number;
  ratioMinBytes: number;
}

/** Office files are mostly XML (10–20× compression) plus media that barely compresses; bombs go far beyond. */
export function zipLimitsFor(maxBytes: number): ZipLimits {
  return {
    maxTotalBytes: Math.max(200 * MiB, 4 * maxBytes),
    maxEntries: 10_000,
    maxRatio: 200,
    ratioMinBytes: 10 * MiB,
  };
}

export type ZipEntryInfo = Pick<UnzipFileInfo, "name" | "size" | "originalSize">;

/** Reads only the central directory (nothing is inflated) and refuses archives that would expand absurdly. */
export function inspectZip(filename: string, bytes: Uint8Array, kind: string, limits: ZipLimits): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    throw corruptFile(filename, kind, error);
  }
  if (entries.length === 0) throw corruptFile(filename, kind);
  if (entries.length > limits.maxEntries) {
    throw invalidFile(filename, `contains too many internal parts (${entries.length}) to be a normal ${kind}.`);
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    const ratio = entry.originalSize / Math.max(entry.size, 1);
    if (ratio > limits.maxRatio && entry.originalSize > limits.ratioMinBytes) {
      throw invalidFile(filename, `expands to an unreasonable size when unpacked and was refused as unsafe.`);
    }
  }
  if (total > limits.maxTotalBytes) {
    throw tooLargeFile(
      filename,
      `would unpack to ${formatSize(total)}, more than the ${formatSize(limits.maxTotalBytes)} allowed.`,
    );
  }
  return entries;
}

/**
 * Inflates only the wanted entries, after the guard. fflate sizes each output buffer from the
 * declared size, so an entry that lies about its size is truncated rather than exhausting memory.
 */
export function readZipEntries(
  filename: string,
  bytes: Uint8Array,
  kind: string,
  limits: ZipLimits,
  wanted: (name: string) => boolean,
): Record<string, Uint8Array> {
  inspectZip(filename, bytes, kind, limits);
  try {
    return unzipSync(bytes, { filter: (file) => wanted(file.name) });
  } catch (error) {
    throw corruptFile(filename, kind, error);
  }
}
