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

export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
  }

  get status(): number {
    return httpStatus[this.code];
  }

  toResponse(): Response {
    return Response.json({ error: { code: this.code, message: this.message } }, { status: this.status });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Maps any error to the response a route handler returns; unexpected ones are logged and hidden. */
export function errorResponse(error: unknown, context: string): Response {
  if (isAppError(error)) return error.toResponse();
  console.error(`[${context}]`, error);
  return Response.json({ error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } }, { status: 500 });
}
