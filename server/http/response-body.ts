import type { ReadableStream } from "node:stream/web";
import { AppError } from "@/server/errors";

/** `text/html; charset=ISO-8859-1` → `text/html`; null when absent or malformed. */
export function mediaTypeOf(contentType: string | null): string | null {
  const essence = contentType?.split(";")[0]?.trim().toLowerCase();
  return essence && /^[\w.+-]+\/[\w.+-]+$/.test(essence) ? essence : null;
}

export function charsetOf(contentType: string | null): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return match?.[1]?.toLowerCase();
}

/** Entries are exact media types (`text/html`) or a whole top-level type (`text/*`). */
export function isAllowedMediaType(mediaType: string | null, allowed: readonly string[]): boolean {
  if (!mediaType) return false;
  return allowed.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    return wanted.endsWith("/*") ? mediaType.startsWith(wanted.slice(0, -1)) : mediaType === wanted;
  });
}

export function decodeBody(body: Uint8Array, contentType: string | null): string {
  const charset = charsetOf(contentType) ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    // An unknown label is the server's mistake; UTF-8 is the web's overwhelming default.
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(body);
}

/**
 * Reads a response body while counting bytes, and stops reading the moment the limit is passed,
 * so a hostile server cannot make us buffer more than `maxBytes` (after decompression).
 */
export async function readLimitedBody(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | null,
  maxBytes: number,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const tooLarge = () => new AppError("TOO_LARGE", `Response is larger than the ${maxBytes}-byte limit`);
  if (declaredLength !== null && Number(declaredLength) > maxBytes) {
    await body.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const result = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return result;
}
