import type { AgentSettings } from "./settings";

const defaultPorts: Record<string, string> = { "http:": "80", "https:": "443" };

interface AllowedEntry {
  host: string;
  wildcard: boolean;
  port: string | null;
}

function parseEntry(entry: string): AllowedEntry | null {
  const match = /^(\*\.)?([a-z0-9.-]+?)\.?(?::(\d{1,5}))?$/.exec(entry.trim().toLowerCase());
  if (!match?.[2]) return null;
  return { wildcard: Boolean(match[1]), host: match[2], port: match[3] ?? null };
}

function parseOrigin(origin: string): { host: string; port: string } | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  const defaultPort = defaultPorts[url.protocol];
  if (!defaultPort || !url.hostname) return null;
  return { host: url.hostname.replace(/\.$/, ""), port: url.port || defaultPort };
}

function matchesEntry(entry: AllowedEntry, origin: { host: string; port: string }): boolean {
  if (entry.port !== null && entry.port !== origin.port) return false;
  // `*.example.com` covers every subdomain at any depth, but not example.com itself.
  return entry.wildcard ? origin.host.endsWith(`.${entry.host}`) : origin.host === entry.host;
}

/**
 * Whether a page at `origin` may embed the agent. Entries are hosts (`example.com`), wildcards
 * (`*.example.com`, subdomains only) and optionally a port (`localhost:8080`), which then must match
 * (the scheme's default port counts: `example.com:443` matches `https://example.com`). Without a
 * port any port matches. Nothing is allowed implicitly, not even localhost.
 */
export function isOriginAllowed(settings: Pick<AgentSettings, "allowedDomains">, origin: string | null | undefined): boolean {
  if (!origin) return false;
  const parsed = parseOrigin(origin);
  if (!parsed) return false;
  return settings.allowedDomains.some((raw) => {
    const entry = parseEntry(raw);
    return entry !== null && matchesEntry(entry, parsed);
  });
}
