import ipaddr from "ipaddr.js";

/**
 * Which IP addresses an outbound request may never reach unless an operator allowlists them.
 * Range tables come from ipaddr.js; this file only decides which of its ranges are unsafe and
 * looks inside IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4, Teredo), because
 * the packet may end up at that IPv4 address.
 */
export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;

export interface AddressVerdict {
  /** Phrase that completes "Refused: 10.0.0.5 is …". */
  reason: string;
  /** Metadata endpoints hand out cloud credentials, so only an exact allowlist entry unlocks them. */
  metadata: boolean;
}

const rangeReasons: Record<string, string> = {
  private: "a private address",
  uniqueLocal: "a private (unique local) address",
  loopback: "a loopback address",
  linkLocal: "a link-local address",
  carrierGradeNat: "a carrier-grade NAT (shared) address",
  multicast: "a multicast address",
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  benchmarking: "a benchmarking address",
  deprecatedSiteLocal: "a site-local address",
  discard: "a discard-only address",
};

/** AWS, GCP, Azure, Oracle, Alibaba and ECS/EKS credential endpoints. */
const metadataAddresses = [
  "169.254.169.254",
  "169.254.169.253",
  "169.254.170.2",
  "169.254.170.23",
  "100.100.100.200",
  "192.0.0.192",
  "fd00:ec2::254",
  "fd00:ec2::253",
  "fd00:ec2::23",
].map((text) => ipaddr.parse(text));

const ietfReservedV6 = ipaddr.IPv6.parseCIDR("::/8");
const nat64LocalUse = ipaddr.IPv6.parseCIDR("64:ff9b:1::/48");
const ipv4Compatible = ipaddr.IPv6.parseCIDR("::/96");

/** Parses any textual IP form ipaddr.js knows (including 0177.0.0.1, 0x7f000001, [::1]); null if none. */
export function parseAddress(text: string): IpAddress | null {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  try {
    return ipaddr.parse(bare);
  } catch {
    return null;
  }
}

/** The address a socket actually talks to: IPv4-mapped IPv6 becomes plain IPv4. */
export function normalizeAddress(text: string): IpAddress | null {
  const address = parseAddress(text);
  if (address?.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address();
  }
  return address;
}

export function isSameAddress(a: IpAddress, b: IpAddress): boolean {
  return a.kind() === b.kind() && a.toNormalizedString() === b.toNormalizedString();
}

export function isCloudMetadataAddress(address: IpAddress): boolean {
  return metadataAddresses.some((known) => isSameAddress(known, address));
}

/** Why the address must be refused, or null when it is an ordinary public unicast address. */
export function classifyAddress(text: string): AddressVerdict | null {
  const address = parseAddress(text);
  if (!address) return { reason: "not a valid IP address", metadata: false };
  return classifyParsed(address);
}

export function describeBlockedAddress(text: string): string | null {
  return classifyAddress(text)?.reason ?? null;
}

export function isBlockedAddress(text: string): boolean {
  return classifyAddress(text) !== null;
}

function classifyParsed(address: IpAddress): AddressVerdict | null {
  if (isCloudMetadataAddress(address)) return { reason: "a cloud metadata address", metadata: true };
  if (address.kind() === "ipv4") return verdictForRange(address.range());
  return classifyIPv6(address as ipaddr.IPv6);
}

function classifyIPv6(address: ipaddr.IPv6): AddressVerdict | null {
  const range = address.range();
  if (address.match(nat64LocalUse)) return { reason: "a local-use NAT64 address", metadata: false };
  if (range === "ipv4Mapped" || range === "rfc6145" || range === "rfc6052" || range === "6to4") {
    return classifyEmbedded([embeddedFor(range, address)]);
  }
  if (range === "teredo") return classifyEmbedded(teredoEmbedded(address));
  if (address.match(ipv4Compatible) && range !== "unspecified" && range !== "loopback") {
    // Deprecated IPv4-compatible form: never routable, refused whatever it embeds.
    return classifyEmbedded([ipv4FromParts(address.parts[6], address.parts[7])]) ?? reserved();
  }
  if (range === "unicast") return address.match(ietfReservedV6) ? reserved() : null;
  return verdictForRange(range);
}

/** Teredo carries the relay server's IPv4 in clear and the client's IPv4 with every bit flipped. */
function teredoEmbedded(address: ipaddr.IPv6): ipaddr.IPv4[] {
  const [, , s1, s2, , , c1, c2] = address.parts;
  return [ipv4FromParts(s1, s2), ipv4FromParts((c1 ?? 0) ^ 0xffff, (c2 ?? 0) ^ 0xffff)];
}

function embeddedFor(range: string, address: ipaddr.IPv6): ipaddr.IPv4 {
  const parts = address.parts;
  return range === "6to4" ? ipv4FromParts(parts[1], parts[2]) : ipv4FromParts(parts[6], parts[7]);
}

function classifyEmbedded(embedded: ipaddr.IPv4[]): AddressVerdict | null {
  for (const inner of embedded) {
    const verdict = classifyParsed(inner);
    if (verdict) {
      return { reason: `an address embedding ${inner.toString()}, ${verdict.reason}`, metadata: verdict.metadata };
    }
  }
  return null;
}

function ipv4FromParts(high: number | undefined, low: number | undefined): ipaddr.IPv4 {
  const h = high ?? 0;
  const l = low ?? 0;
  return new ipaddr.IPv4([h >> 8, h & 0xff, l >> 8, l & 0xff]);
}

function verdictForRange(range: string): AddressVerdict | null {
  if (range === "unicast") return null;
  return { reason: rangeReasons[range] ?? "a reserved address", metadata: false };
}

function reserved(): AddressVerdict {
  return { reason: "a reserved address", metadata: false };
}
