import type { LookupAddress, LookupOptions } from "node:dns";
import { isIPv6 } from "node:net";
import { Agent } from "undici";

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * An undici dispatcher whose sockets can only reach the given, already-checked addresses.
 * The socket's DNS lookup is replaced by one that answers with those addresses, so a second
 * resolution (DNS rebinding) never happens, while the URL's hostname still drives TLS SNI,
 * certificate checks and the Host header. One agent serves one request: no pooled socket
 * outlives the check that justified it.
 */
export function createPinnedAgent(addresses: readonly string[], connectTimeoutMs: number): Agent {
  const records: LookupAddress[] = addresses.map((address) => ({ address, family: isIPv6(address) ? 6 : 4 }));
  const first = records[0];
  if (!first) throw new Error("createPinnedAgent needs at least one address");

  const lookup = (_hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    if (options.all) callback(null, records);
    else callback(null, first.address, first.family);
  };

  return new Agent({
    connect: { lookup, timeout: connectTimeoutMs },
    connections: 1,
    pipelining: 0,
  });
}
