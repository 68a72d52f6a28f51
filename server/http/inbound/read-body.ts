import { AppError } from "../../errors";

/** Public JSON bodies are small; this is the default ceiling for every route that reads one. */
export const DEFAULT_MAX_JSON_BYTES = 64 * 1024;

const tooLarge = (maxBytes: number) => new AppError("TOO_LARGE", `The request is too large (at most ${formatBytes(maxBytes)}).`);

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Reads a request body into memory, refusing with TOO_LARGE as soon as it passes `maxBytes`: up
 * front by Content-Length, and while reading for bodies that declare none (chunked) or lie. The
 * stream is cancelled at the limit, so an endless body costs at most one chunk more than the limit.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(maxBytes);
  }
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A bounded JSON body; INVALID when it is not JSON. */
export async function readJsonBody(request: Request, maxBytes = DEFAULT_MAX_JSON_BYTES): Promise<unknown> {
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("INVALID", "The request body must be JSON.");
  }
}

/** A bounded multipart or urlencoded body, parsed by the platform once it is known to fit. */
export async function readFormBody(request: Request, maxBytes: number): Promise<FormData> {
  const bytes = await readBodyBytes(request, maxBytes);
  const copy = new Request(request.url, { method: "POST", headers: { "content-type": request.headers.get("content-type") ?? "" }, body: bytes });
  return copy.formData().catch(() => {
    throw new AppError("INVALID", "The request body is not valid form data.");
  });
}

/**
 * The same request with its body read under the cap, for handlers from libraries (tRPC, Auth.js)
 * that would otherwise read a body of any size themselves.
 */
export async function withBoundedBody(request: Request, maxBytes: number): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD") return request;
  const body = await readBodyBytes(request, maxBytes);
  return new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
}
