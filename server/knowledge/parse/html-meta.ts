export interface HreflangAlternate {
  hreflang: string;
  href: string;
}

export interface PageMeta {
  documentTitle: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  links: string[];
  alternates: HreflangAlternate[];
}

/** Parsers decode attribute entities already; this catches doubly-escaped hrefs such as `&amp;#109;…`. */
function decodeResidualEntities(value: string): string {
  if (!value.includes("&")) return value;
  return value
    .replace(/&amp;/gi, "&")
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)));
}

/** An absolute http(s) URL without its fragment, or null for mailto:, javascript:, unresolvable hrefs. */
export function resolveHttpUrl(href: string | null | undefined, base?: string): string | null {
  if (!href) return null;
  const raw = decodeResidualEntities(href.trim());
  if (!raw || raw.startsWith("#")) return null;
  let parsed: URL;
  try {
    parsed = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  parsed.hash = "";
  return parsed.href;
}

function readLinks(document: Document, base?: string): string[] {
  const seen = new Set<string>();
  for (const anchor of Array.from(document.querySelectorAll("a[href]"))) {
    const resolved = resolveHttpUrl(anchor.getAttribute("href"), base);
    if (resolved) seen.add(resolved);
  }
  return [...seen];
}

function readAlternates(document: Document, base?: string): HreflangAlternate[] {
  const alternates: HreflangAlternate[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(document.querySelectorAll("link[hreflang]"))) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (!rel.includes("alternate")) continue;
    const hreflang = (link.getAttribute("hreflang") ?? "").trim();
    const href = resolveHttpUrl(link.getAttribute("href"), base);
    if (!hreflang || !href || seen.has(`${hreflang} ${href}`)) continue;
    seen.add(`${hreflang} ${href}`);
    alternates.push({ hreflang, href });
  }
  return alternates;
}

function readCanonical(document: Document, base?: string): string | null {
  for (const link of Array.from(document.querySelectorAll("link[rel][href]"))) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("canonical")) return resolveHttpUrl(link.getAttribute("href"), base);
  }
  return null;
}

/** Read before readability runs: it strips the nav whose links the crawler must still follow. */
export function readPageMeta(document: Document, base?: string): PageMeta {
  const lang = document.documentElement?.getAttribute("lang")?.trim() || null;
  const documentTitle = document.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim() || null;
  return {
    documentTitle,
    lang,
    canonicalUrl: readCanonical(document, base),
    links: readLinks(document, base),
    alternates: readAlternates(document, base),
  };
}
