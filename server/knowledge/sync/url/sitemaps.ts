import { gunzipSync } from "node:zlib";
import { XMLParser } from "fast-xml-parser";
import { AppError } from "../../../errors";
import type { SyncDeps } from "../types";

/** The sitemaps protocol caps one file at 50 MB uncompressed. */
const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

export interface SitemapLimits {
  /** Sitemap files fetched per run, indexes included. */
  maxFiles: number;
  /** How many levels of sitemap indexes are followed below the first files. */
  maxDepth: number;
  /** URLs kept in all; the page cap makes more useless. */
  maxUrls: number;
}

export const DEFAULT_SITEMAP_LIMITS: SitemapLimits = { maxFiles: 20, maxDepth: 2, maxUrls: 10_000 };

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === "url" || name === "sitemap",
});

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function readLocs(entries: unknown): string[] {
  if (!Array.isArray(entries)) return [];
  const locs: string[] = [];
  for (const entry of entries) {
    const loc = (entry as { loc?: unknown } | null)?.loc;
    if (typeof loc === "string" && loc.trim()) locs.push(loc.trim());
  }
  return locs;
}

/**
 * Reads a sitemap or a sitemap index. Gzipped files are recognised by their magic bytes, since a
 * `.xml.gz` may arrive still compressed or already decoded by the HTTP layer (Content-Encoding).
 */
export function parseSitemap(body: Uint8Array): { urls: string[]; sitemaps: string[] } {
  let bytes = body;
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_SITEMAP_BYTES });
    } catch (error) {
      throw new AppError("INVALID", "The sitemap is not a valid gzip file.", { cause: error });
    }
  }
  let document: Record<string, unknown>;
  try {
    document = parser.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch (error) {
    throw new AppError("INVALID", "The sitemap is not valid XML.", { cause: error });
  }
  const urlset = document.urlset as { url?: unknown } | undefined;
  const index = document.sitemapindex as { sitemap?: unknown } | undefined;
  return { urls: readLocs(urlset?.url), sitemaps: readLocs(index?.sitemap) };
}

/**
 * Fetches sitemaps breadth-first from `roots`, following indexes up to `maxDepth` levels. Sitemaps
 * are optional: a missing or broken one is passed over. Returns the page keys `toPage` keeps.
 */
export async function collectSitemapUrls(
  fetch: SyncDeps["fetch"],
  roots: string[],
  options: {
    acceptSitemap: (url: string) => boolean;
    /** The page's key when it is wanted, else null. */
    toPage: (url: string) => string | null;
    limits?: SitemapLimits;
  },
): Promise<string[]> {
  const limits = options.limits ?? DEFAULT_SITEMAP_LIMITS;
  const seen = new Set<string>();
  const pages = new Set<string>();
  let level = roots.filter(options.acceptSitemap).map((url) => ({ url, depth: 0 }));
  let fetched = 0;
  while (level.length > 0) {
    const next: { url: string; depth: number }[] = [];
    for (const { url, depth } of level) {
      if (seen.has(url) || fetched >= limits.maxFiles || pages.size >= limits.maxUrls) continue;
      seen.add(url);
      fetched += 1;
      let parsed: { urls: string[]; sitemaps: string[] };
      try {
        const response = await fetch(url, { maxBytes: MAX_SITEMAP_BYTES });
        if (response.status < 200 || response.status >= 300) continue;
        parsed = parseSitemap(response.body);
      } catch {
        continue;
      }
      for (const page of parsed.urls) {
        if (pages.size >= limits.maxUrls) break;
        const key = options.toPage(page);
        if (key) pages.add(key);
      }
      if (depth < limits.maxDepth) {
        for (const child of parsed.sitemaps) if (options.acceptSitemap(child)) next.push({ url: child, depth: depth + 1 });
      }
    }
    level = next;
  }
  return [...pages];
}
