/**
 * Typed domain errors. Domain code throws these; tRPC and route handlers map them once each.
 * `message` is safe to show to the person who caused it; `cause` is for logs only.
 */
export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHORIZED"
  | "INVALID"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UPSTREAM"
  | "TOO_LARGE";

const httpStatus: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  INVALID: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UPSTREAM: 502,
  TOO_LARGE: 413,
};

export interface AppErrorOptions {
  cause?: unknown;
  /** Response headers that belong to the error itself, e.g. `Retry-After` on RATE_LIMITED. */
  headers?: Record<string, string>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly headers: Record<string, string>;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return httpStatus[this.code];
  }

  /** The error as a JSON response; `headers` (CORS, cache policy) are added to the error's own. */
  toResponse(headers: HeadersInit = {}): Response {
    const merged = new Headers(headers);
    for (const [name, value] of Object.entries(this.headers)) merged.set(name, value);
    if (!merged.has("cache-control")) merged.set("cache-control", "no-store");
    return Response.json({ error: { code: this.code, message: this.message } }, { status: this.status, headers: merged });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A RATE_LIMITED error that tells the client when to try again. */
export function rateLimited(message: string, retryAfterMs: number): AppError {
  return new AppError("RATE_LIMITED", message, { headers: { "retry-after": String(Math.max(1, Math.ceil(retryAfterMs / 1000))) } });
}

/**
 * Maps any error to the response a route handler returns; unexpected ones are logged and hidden.
 * `headers` (e.g. CORS) go on every answer, so a browser can read the refusal.
 */
export function errorResponse(error: unknown, context: string, headers: HeadersInit = {}): Response {
  if (isAppError(error)) return error.toResponse(headers);
  console.error(`[${context}]`, error);
  const merged = new Headers(headers);
  merged.set("cache-control", "no-store");
  return Response.json({ error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } }, { status: 500, headers: merged });
}
