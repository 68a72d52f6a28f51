import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { AppError, isAppError } from "@/server/errors";
import { type AddressVerdict, classifyAddress } from "./address-policy";
import { type AllowRule, canonicalHostname, isAllowlisted, parseAllowlist } from "./allowlist";

/** Turns a hostname into every address it resolves to. Tests inject their own. */
export type Resolver = (hostname: string) => Promise<string[]>;

export interface CheckOptions {
  resolve?: Resolver;
  signal?: AbortSignal;
}

export interface CheckedUrl {
  url: URL;
  hostname: string;
  port: number;
  /** Every resolved address, all of them checked: the only addresses a connection may use. */
  addresses: string[];
}

const maxUrlLength = 8192;

export const resolveWithSystem: Resolver = async (hostname) => {
  const records = await lookup(hostname, { all: true });
  return records.map((record) => record.address);
};

/** Syntax-only checks: http(s), no credentials, a host, a usable port. No I/O. */
export function parseTargetUrl(input: string | URL): URL {
  const text = typeof input === "string" ? input.trim() : input.href;
  if (text.length > maxUrlLength) throw new AppError("INVALID", `URL is longer than ${maxUrlLength} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch (error) {
    throw new AppError("INVALID", "Not a valid URL", { cause: error });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("INVALID", `Only http and https URLs are allowed, not ${url.protocol.slice(0, -1)}`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new AppError("INVALID", "URLs with a user name or password are not allowed");
  }
  if (canonicalHostname(url.hostname) === "") throw new AppError("INVALID", "URL has no host");
  if (url.port === "0") throw new AppError("INVALID", "Port 0 is not a valid destination");
  return url;
}

export function portOf(url: URL): number {
  if (url.port !== "") return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

/**
 * Validates a URL and every address its host resolves to. Refuses the whole URL if any address
 * is unsafe, since the connection could otherwise land on whichever one the OS picks.
 */
export async function checkUrl(
  input: string | URL,
  allowlist: readonly string[] | readonly AllowRule[] = [],
  options: CheckOptions = {},
): Promise<CheckedUrl> {
  const url = parseTargetUrl(input);
  const rules = toRules(allowlist);
  const hostname = canonicalHostname(url.hostname);
  const port = portOf(url);
  const addresses = isIP(hostname) ? [hostname] : await resolveHost(hostname, options);
  for (const address of addresses) {
    const verdict = classifyAddress(address);
    if (verdict && !isAllowlisted(rules, { hostname, port, address }, verdict)) {
      throw new AppError("FORBIDDEN", refusalMessage({ hostname, port, address, verdict }));
    }
  }
  return { url, hostname, port, addresses };
}

/**
 * Why the URL is refused and, unless it is a cloud metadata endpoint, how an operator allows it.
 * An address resolved from a host name is never named: it would map the private network for
 * whoever typed the URL.
 */
function refusalMessage({ hostname, port, address, verdict }: { hostname: string; port: number; address: string; verdict: AddressVerdict }): string {
  const literal = address === hostname;
  if (verdict.metadata) return literal ? `Refused: ${address} is ${verdict.reason}.` : `Refused: ${hostname} points to a cloud metadata address.`;
  const hostPort = `${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`;
  const what = literal ? `${address} is ${verdict.reason}` : `${hostname} points to a private or local network`;
  return `Refused: ${what}. To allow it, add ${hostPort} to OUTBOUND_ALLOWLIST.`;
}

export function toRules(allowlist: readonly string[] | readonly AllowRule[]): AllowRule[] {
  return allowlist.every((entry) => typeof entry === "string")
    ? parseAllowlist(allowlist as readonly string[])
    : [...(allowlist as readonly AllowRule[])];
}

async function resolveHost(hostname: string, options: CheckOptions): Promise<string[]> {
  const resolve = options.resolve ?? resolveWithSystem;
  let addresses: string[];
  try {
    addresses = await raceAbort(resolve(hostname), options.signal);
  } catch (error) {
    if (isAppError(error) || options.signal?.aborted) throw error;
    throw new AppError("UPSTREAM", `Could not resolve ${hostname}`, { cause: error });
  }
  if (addresses.length === 0) throw new AppError("UPSTREAM", `Could not resolve ${hostname}`);
  return addresses;
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
