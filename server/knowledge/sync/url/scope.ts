/** The part of a site a URL source covers: one origin, and the paths under the start URL's folder. */
export interface CrawlScope {
  origin: string;
  /** Always ends with `/`, e.g. `/help/`. */
  prefix: string;
}

/** Query parameters that only say where a visitor came from; they would split one page into many keys. */
const TRACKING_PARAMS = new Set(["gclid", "dclid", "fbclid", "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "yclid"]);

/** Links to these are never pages or documents we index, so the crawler does not spend requests on them. */
const ASSET_EXTENSIONS = new Set(
  (
    "css js mjs map png jpg jpeg gif svg webp avif ico bmp tif tiff woff woff2 ttf otf eot " +
    "mp4 mpg mpeg mp3 m4a wav ogg webm avi mov zip gz tgz bz2 xz rar 7z tar exe dmg iso apk msi " +
    "json xml rss atom csv xls xlsx ppt"
  ).split(" "),
);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.has(lower);
}

/**
 * The key a URL is stored under: absolute http(s), no fragment, no credentials, no tracking
 * parameters. The WHATWG parser already lowercases the host, drops default ports and resolves `..`.
 */
export function normalizeUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password) return null;
  url.hash = "";
  const names = [...url.searchParams.keys()];
  if (names.some(isTrackingParam)) {
    for (const name of new Set(names)) if (isTrackingParam(name)) url.searchParams.delete(name);
  }
  if (url.search === "?") url.search = "";
  return url.href;
}

/**
 * `/docs/` and `/docs` both cover `/docs/…`; `/docs/intro.html` covers its folder `/docs/`.
 * A last segment without a dot is taken as a folder: sites often drop the trailing slash.
 */
export function crawlScopeOf(startUrl: string): CrawlScope {
  const url = new URL(startUrl);
  const path = url.pathname;
  let prefix: string;
  if (path.endsWith("/")) prefix = path;
  else {
    const last = path.slice(path.lastIndexOf("/") + 1);
    prefix = last.includes(".") ? path.slice(0, path.lastIndexOf("/") + 1) : `${path}/`;
  }
  return { origin: url.origin, prefix };
}

export function isInScope(scope: CrawlScope, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.origin !== scope.origin) return false;
  return parsed.pathname.startsWith(scope.prefix) || `${parsed.pathname}/` === scope.prefix;
}

export function isLikelyAsset(url: string): boolean {
  const path = new URL(url).pathname;
  const last = path.slice(path.lastIndexOf("/") + 1);
  const dot = last.lastIndexOf(".");
  return dot > 0 && ASSET_EXTENSIONS.has(last.slice(dot + 1).toLowerCase());
}

/** Where sitemaps usually are when robots.txt names none: in the start folder, then at the root. */
export function defaultSitemapUrls(scope: CrawlScope): string[] {
  const urls = [`${scope.origin}${scope.prefix}sitemap.xml`, `${scope.origin}/sitemap.xml`];
  return [...new Set(urls)];
}
