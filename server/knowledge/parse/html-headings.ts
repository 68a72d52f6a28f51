export const ANCHOR_ATTRIBUTE = "data-closer-anchor";
/** Readability demotes h1 to h2; the original level is kept here so the outline stays true. */
export const LEVEL_ATTRIBUTE = "data-closer-level";

const HEADINGS = "h1, h2, h3, h4, h5, h6";
const PERMALINK_GLYPHS = /^[\s¶#§🔗]*$/u;

function anchorFromHash(href: string | null): string | null {
  if (!href?.startsWith("#") || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

/** MkDocs, Sphinx and many CMSs put a "¶" link to the heading's own id inside or beside the heading. */
function isPermalink(element: Element): boolean {
  if (element.tagName.toLowerCase() !== "a") return false;
  const className = element.getAttribute("class") ?? "";
  if (/\b(headerlink|anchor-link|anchorjs-link|heading-anchor|permalink)\b/.test(className)) return true;
  return anchorFromHash(element.getAttribute("href")) !== null && PERMALINK_GLYPHS.test(element.textContent ?? "");
}

function findAnchor(heading: Element): string | null {
  const own = heading.getAttribute("id")?.trim();
  if (own) return own;
  for (const anchor of Array.from(heading.querySelectorAll("a[id], a[name], span[id]"))) {
    const id = (anchor.getAttribute("id") ?? anchor.getAttribute("name"))?.trim();
    if (id) return id;
  }
  for (const link of Array.from(heading.querySelectorAll("a[href^='#']"))) {
    if (isPermalink(link)) return anchorFromHash(link.getAttribute("href"));
  }
  const previous = heading.previousElementSibling;
  if (previous?.tagName.toLowerCase() === "a" && !previous.textContent?.trim()) {
    return (previous.getAttribute("id") ?? previous.getAttribute("name"))?.trim() || null;
  }
  return null;
}

/**
 * Readability deletes any h1/h2 whose text resembles the page title ("Your responsibilities as a
 * community owner" on a page titled "Community owner responsibilities"). As h3 they survive; the
 * level attribute restores the true level in markdown.
 */
function demoteHeading(document: Document, heading: Element): void {
  const replacement = document.createElement("h3");
  for (const attribute of Array.from(heading.attributes)) replacement.setAttribute(attribute.name, attribute.value);
  while (heading.firstChild) replacement.appendChild(heading.firstChild);
  heading.replaceWith(replacement);
}

export interface HeadingInfo {
  text: string;
  anchor: string | null;
}

/**
 * Records each heading's anchor and level in attributes that survive readability (which drops classes
 * and sometimes rebuilds headings), then removes the permalink glyphs. Returns the first h1.
 */
export function markHeadingAnchors(document: Document): HeadingInfo | null {
  let firstH1: HeadingInfo | null = null;
  for (const heading of Array.from(document.querySelectorAll(HEADINGS))) {
    const anchor = findAnchor(heading);
    if (anchor) heading.setAttribute(ANCHOR_ATTRIBUTE, anchor);
    heading.setAttribute(LEVEL_ATTRIBUTE, heading.tagName.charAt(1));
    // Readability also deletes headings whose id or class looks negative ("share", "comment", "community").
    heading.removeAttribute("id");
    heading.removeAttribute("class");
    for (const link of Array.from(heading.querySelectorAll("a"))) {
      if (isPermalink(link)) link.remove();
    }
    if (!firstH1 && heading.tagName.toLowerCase() === "h1") {
      const text = (heading.textContent ?? "").replace(/[¶\u200b-\u200d\ufeff]/g, "").replace(/\s+/g, " ").trim();
      if (text) firstH1 = { text, anchor };
    }
    if (/^h[12]$/i.test(heading.tagName)) demoteHeading(document, heading);
  }
  for (const link of Array.from(document.querySelectorAll("a.headerlink"))) link.remove();
  return firstH1;
}
