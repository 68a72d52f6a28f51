import { fetch as undiciFetch } from "undici";
import { AppError, isAppError } from "@/server/errors";
import { type CheckedUrl, type Resolver, checkUrl, parseTargetUrl, toRules } from "./check-url";
import { createPinnedAgent } from "./pinned-agent";
import { decodeBody, isAllowedMediaType, mediaTypeOf, readLimitedBody } from "./response-body";

export const defaultUserAgent = "CloserBot/1.0 (+https://github.com/closer)";

export interface GuardedFetchOptions {
  /** Exceptions to the private-address ban: `host`, `host:port` or CIDR. Empty by default. */
  allowlist?: readonly string[];
  method?: string;
  headers?: HeadersInit;
  body?: string | Uint8Array;
  /** Largest body accepted, counted after decompression. Default 10 MB. */
  maxBytes?: number;
  /** Budget for the whole exchange: DNS, every redirect hop and the body. Default 15 s. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Media types a 2xx response may have (`text/html`, `text/*`); unset accepts any. */
  allowedContentTypes?: readonly string[];
  resolve?: Resolver;
  signal?: AbortSignal;
}

export interface GuardedResponse {
  /** Final URL, after redirects. */
  url: string;
  status: number;
  headers: Headers;
  /** Media type without parameters, e.g. `text/html`. */
  contentType: string | null;
  body: Uint8Array;
  /** Each URL a redirect led to, in order. */
  redirects: string[];
  text(): string;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const allowedMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const credentialHeaders = ["authorization", "cookie", "proxy-authorization"];

interface RequestState {
  method: string;
  headers: Headers;
  body: string | Uint8Array | undefined;
}

/**
 * The one way to request a user-supplied URL. Every hop is checked (scheme, every resolved
 * address, allowlist) and then connected to exactly the checked addresses. Non-2xx responses
 * are returned, not thrown; refusals and failures throw AppError.
 */
export async function guardedFetch(input: string | URL, options: GuardedFetchOptions = {}): Promise<GuardedResponse> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const rules = toRules(options.allowlist ?? []);
  const state = buildRequest(options);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout.signal, options.signal]) : timeout.signal;
  let current = parseTargetUrl(input);
  const redirects: string[] = [];
  try {
    for (;;) {
      const checked = await checkUrl(current, rules, { resolve: options.resolve, signal });
      const hop = await fetchHop(checked, state, options, signal, timeoutMs);
      if (hop.next === undefined) return { ...hop.result, redirects };
      if (redirects.length >= maxRedirects) {
        throw new AppError("UPSTREAM", `Too many redirects (more than ${maxRedirects})`);
      }
      followRedirect(state, current, hop.next, hop.status);
      redirects.push(hop.next.href);
      current = hop.next;
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    if (timeout.signal.aborted) {
      throw new AppError("UPSTREAM", `Timed out after ${timeoutMs} ms fetching ${current.host}`, { cause: error });
    }
    if (options.signal?.aborted) throw new AppError("UPSTREAM", "Request was cancelled", { cause: error });
    throw new AppError("UPSTREAM", `Could not fetch ${current.host}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

type HopOutcome =
  | { next: URL; status: number }
  | { next: undefined; result: Omit<GuardedResponse, "redirects"> };

async function fetchHop(
  checked: CheckedUrl,
  state: RequestState,
  options: GuardedFetchOptions,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<HopOutcome> {
  const agent = createPinnedAgent(checked.addresses, timeoutMs);
  try {
    const response = await undiciFetch(checked.url, {
      method: state.method,
      headers: [...state.headers],
      body: state.body,
      redirect: "manual",
      dispatcher: agent,
      signal,
    });
    const location = response.headers.get("location");
    if (redirectStatuses.has(response.status) && location !== null) {
      await response.body?.cancel().catch(() => undefined);
      return { next: resolveLocation(location, checked.url), status: response.status };
    }
    const headers = new Headers([...response.headers]);
    const contentType = mediaTypeOf(headers.get("content-type"));
    const allowed = options.allowedContentTypes;
    if (allowed && isSuccessWithBody(response.status) && !isAllowedMediaType(contentType, allowed)) {
      await response.body?.cancel().catch(() => undefined);
      throw new AppError("UPSTREAM", `Refused content type ${contentType ?? "(none)"}; allowed: ${allowed.join(", ")}`);
    }
    const body = await readLimitedBody(response.body, headers.get("content-length"), options.maxBytes ?? 10_000_000);
    const rawContentType = headers.get("content-type");
    return {
      next: undefined,
      result: { url: checked.url.href, status: response.status, headers, contentType, body, text: () => decodeBody(body, rawContentType) },
    };
  } finally {
    agent.destroy().catch(() => undefined);
  }
}

function buildRequest(options: GuardedFetchOptions): RequestState {
  const method = (options.method ?? "GET").toUpperCase();
  if (!allowedMethods.has(method)) throw new AppError("INVALID", `HTTP method ${method} is not allowed`);
  if (options.body !== undefined && (method === "GET" || method === "HEAD")) {
    throw new AppError("INVALID", `A ${method} request cannot have a body`);
  }
  const headers = new Headers(options.headers);
  // The Host header must match the checked URL; letting callers set it would aim virtual hosts elsewhere.
  headers.delete("host");
  if (!headers.has("user-agent")) headers.set("user-agent", defaultUserAgent);
  return { method, headers, body: options.body };
}

function resolveLocation(location: string, base: URL): URL {
  try {
    return new URL(location, base);
  } catch (error) {
    throw new AppError("UPSTREAM", "The server redirected to an invalid URL", { cause: error });
  }
}

/** Mirrors the fetch standard: 303 (and 301/302 after POST) becomes a bodiless GET. */
function followRedirect(state: RequestState, from: URL, to: URL, status: number): void {
  if (status === 303 ? state.method !== "HEAD" : (status === 301 || status === 302) && state.method === "POST") {
    state.method = "GET";
    state.body = undefined;
    for (const name of ["content-type", "content-length", "content-encoding", "content-language"]) state.headers.delete(name);
  }
  // Credentials meant for one origin must not travel to another one chosen by a redirect.
  if (from.origin !== to.origin) for (const name of credentialHeaders) state.headers.delete(name);
}

function isSuccessWithBody(status: number): boolean {
  return status >= 200 && status < 300 && status !== 204 && status !== 205;
}
