import ipaddr from "ipaddr.js";
import { AppError } from "@/server/errors";
import { type AddressVerdict, type IpAddress, isSameAddress, normalizeAddress } from "./address-policy";

/**
 * Operator-granted exceptions to the address policy. Entries: `host`, `host:port`, `[v6]:port`,
 * a bare IP, or a CIDR (`10.0.0.0/8`, any port). Hosts are canonicalised with the WHATWG URL
 * parser so `127.1` in the allowlist means the same as `127.1` in a URL.
 */
export type AllowRule =
  | { kind: "host"; host: string; address: IpAddress | null; port?: number }
  | { kind: "cidr"; range: [IpAddress, number] };

export interface Destination {
  /** Canonical hostname from the URL, without brackets or a trailing dot. */
  hostname: string;
  port: number;
  /** One address the hostname resolved to (or the IP literal itself). */
  address: string;
}

export function parseAllowlist(entries: readonly string[]): AllowRule[] {
  return entries.map((entry) => entry.trim()).filter(Boolean).map(parseAllowEntry);
}

export function isAllowlisted(rules: readonly AllowRule[], target: Destination, verdict: AddressVerdict): boolean {
  const address = normalizeAddress(target.address);
  if (!address) return false;
  return rules.some((rule) => {
    if (rule.kind === "cidr") {
      return !verdict.metadata && address.kind() === rule.range[0].kind() && address.match(rule.range);
    }
    if (rule.port !== undefined && rule.port !== target.port) return false;
    const addressMatches = rule.address !== null && isSameAddress(rule.address, address);
    return addressMatches || (!verdict.metadata && rule.host === target.hostname);
  });
}

/** Strips brackets and the trailing root dot, so `[::1]` and `example.com.` compare plainly. */
export function canonicalHostname(urlHostname: string): string {
  const bare = urlHostname.startsWith("[") ? urlHostname.slice(1, -1) : urlHostname;
  return bare.endsWith(".") ? bare.slice(0, -1) : bare;
}

function parseAllowEntry(entry: string): AllowRule {
  if (entry.includes("/")) return parseCidrEntry(entry);
  const { hostPart, portPart } = splitHostPort(entry);
  if (!/^[^\s/@?#\\]+$/.test(hostPart)) throw invalidEntry(entry);
  let hostname: string;
  try {
    hostname = canonicalHostname(new URL(`http://${hostPart}/`).hostname);
  } catch (error) {
    throw invalidEntry(entry, error);
  }
  const rule: AllowRule = { kind: "host", host: hostname, address: normalizeAddress(hostname) };
  if (portPart === undefined) return rule;
  const port = Number(portPart);
  if (!/^\d{1,5}$/.test(portPart) || port < 1 || port > 65535) throw invalidEntry(entry);
  return { ...rule, port };
}

function parseCidrEntry(entry: string): AllowRule {
  try {
    const [base, bits] = ipaddr.parseCIDR(entry);
    if (base.kind() === "ipv6" && (base as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
      return { kind: "cidr", range: [(base as ipaddr.IPv6).toIPv4Address(), bits - 96] };
    }
    return { kind: "cidr", range: [base, bits] };
  } catch (error) {
    throw invalidEntry(entry, error);
  }
}

function splitHostPort(entry: string): { hostPart: string; portPart?: string } {
  const bracketed = /^(\[[^\]]+\])(?::(.*))?$/.exec(entry);
  if (bracketed) return { hostPart: bracketed[1] ?? "", portPart: bracketed[2] };
  if ((entry.match(/:/g) ?? []).length > 1) return { hostPart: `[${entry}]` };
  const [hostPart = "", portPart] = entry.split(":");
  return { hostPart, portPart };
}

function invalidEntry(entry: string, cause?: unknown): AppError {
  return new AppError("INVALID", `Invalid outbound allowlist entry "${entry}"`, { cause });
}
