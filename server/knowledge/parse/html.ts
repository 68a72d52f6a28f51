import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { markHeadingAnchors, type HeadingInfo } from "./html-headings";
import { convertHtmlFragment, formatAnchor } from "./html-markdown";
import { readPageMeta, type HreflangAlternate } from "./html-meta";

export type { HreflangAlternate } from "./html-meta";

export interface HtmlConversion {
  title: string;
  markdown: string;
  lang: string | null;
  canonicalUrl: string | null;
  links: string[];
  alternates: HreflangAlternate[];
}

/** Page furniture: removed before readability, whose heuristics sometimes keep a menu as content. */
const BOILERPLATE =
  "script, style, noscript, template, svg, nav, aside, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=search], [aria-hidden=true]";
/** Site headers and footers go too, but an article's own header holds its title. */
const PAGE_CHROME = "header, footer";

/** Below this many characters readability has probably kept a fragment, not the page. */
const MIN_ARTICLE_CHARS = 200;

function loadDocument(html: string): { document: Document; firstH1: HeadingInfo | null } {
  const { document } = parseHTML(html);
  const firstH1 = markHeadingAnchors(document);
  return { document, firstH1 };
}

function removeBoilerplate(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(BOILERPLATE))) element.remove();
  for (const element of Array.from(document.querySelectorAll(PAGE_CHROME))) {
    if (!element.parentElement?.closest("article, main, [role=main]")) element.remove();
  }
}

function textLength(html: string): number {
  return html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().length;
}

function readWithReadability(document: Document): { html: string; title: string | null } | null {
  try {
    const article = new Readability(document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
    if (!article?.content) return null;
    return { html: article.content, title: article.title?.trim() || null };
  } catch {
    return null;
  }
}

function readMainContent(html: string): string {
  const { document } = loadDocument(html);
  removeBoilerplate(document);
  const main = document.querySelector("main, [role=main], article") ?? document.body ?? document.documentElement;
  return main?.innerHTML ?? "";
}

function keepsHeading(markdown: string, heading: HeadingInfo): boolean {
  const anchor = formatAnchor(heading.anchor).trim();
  return anchor ? markdown.includes(anchor) : /^# \S/m.test(markdown);
}

/** Converts a whole HTML page to markdown plus the metadata the crawler and the index need. */
export function htmlToMarkdown(html: string, options: { url?: string } = {}): HtmlConversion {
  const base = options.url;
  const { document, firstH1 } = loadDocument(html);
  const meta = readPageMeta(document, base);
  removeBoilerplate(document);

  const article = readWithReadability(document);
  let contentHtml = article?.html ?? "";
  if (textLength(contentHtml) < MIN_ARTICLE_CHARS) {
    // On short pages readability keeps whatever is there, nav and footer included; the stripped main is cleaner.
    const fallback = readMainContent(html);
    if (textLength(fallback) > 0) contentHtml = fallback;
  }

  let markdown = convertHtmlFragment(contentHtml, base);
  // Readability drops an h1 that repeats the page title; keep it so the page's own anchor survives.
  if (firstH1 && !keepsHeading(markdown, firstH1)) {
    markdown = `# ${firstH1.text}${formatAnchor(firstH1.anchor)}\n\n${markdown}`.trim();
  }

  const title = firstH1?.text ?? article?.title ?? meta.documentTitle ?? "";
  return {
    title,
    markdown,
    lang: meta.lang,
    canonicalUrl: meta.canonicalUrl,
    links: meta.links,
    alternates: meta.alternates,
  };
}
