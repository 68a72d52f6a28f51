import ipaddr from "ipaddr.js";

/**
 * The address a rate limit is keyed on. `X-Forwarded-For` lists every hop, oldest first; the client
 * writes whatever it likes at the left, so only the right-most entries, appended by machines we
 * trust, mean anything. `trustedProxyHops` is how many proxies of ours stand in front of the app
 * (TRUSTED_PROXY_HOPS): 0 takes the socket's own peer, 1 the address our one proxy saw, and so on.
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chosen = hops[Math.max(0, hops.length - 1 - trustedProxyHops)];
  return chosen ? normaliseAddress(chosen) : "unknown";
}

/** `::ffff:1.2.3.4` and `1.2.3.4` are one client; an IPv6 client is limited by its /64, which it owns whole. */
function normaliseAddress(address: string): string {
  if (!ipaddr.isValid(address)) return address.slice(0, 64);
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16)).join(":")}::/64`;
}
