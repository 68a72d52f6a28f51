import TurndownService from "turndown";
import { gfm } from "@joplin/turndown-plugin-gfm";
import { ANCHOR_ATTRIBUTE, LEVEL_ATTRIBUTE } from "./html-headings";
import { resolveHttpUrl } from "./html-meta";

/** Pandoc attribute syntax keeps the section id next to the heading so answers can link to `#id`. */
export function formatAnchor(anchor: string | null): string {
  if (!anchor || /[\s{}]/.test(anchor)) return "";
  return ` {#${anchor}}`;
}

function createTurndown(base?: string): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "_",
    hr: "---",
  });
  service.use(gfm);
  service.remove(["script", "style", "noscript", "template", "iframe", "object", "embed", "button", "select"]);
  // Images carry no searchable text beyond alt text, which on help sites is mostly filler ("Alt text").
  service.addRule("dropImages", { filter: ["img", "picture", "svg" as keyof HTMLElementTagNameMap], replacement: () => "" });
  service.addRule("anchoredHeading", {
    filter: ["h1", "h2", "h3", "h4", "h5", "h6"],
    replacement: (content, node) => {
      const level = Number(node.getAttribute(LEVEL_ATTRIBUTE) ?? node.nodeName.charAt(1)) || 2;
      const text = content.replace(/¶/g, "").replace(/\s+/g, " ").trim();
      if (!text) return "";
      return `\n\n${"#".repeat(level)} ${text}${formatAnchor(node.getAttribute(ANCHOR_ATTRIBUTE))}\n\n`;
    },
  });
  // Some generators wrap section headings in list items; a heading indented under a bullet is no heading to a chunker.
  service.addRule("headingListItem", {
    filter: (node) => node.nodeName === "LI" && /^H[1-6]$/.test(node.firstElementChild?.nodeName ?? ""),
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
  service.addRule("absoluteLinks", {
    filter: (node) => node.nodeName === "A" && node.hasAttribute("href"),
    replacement: (content, node) => {
      const href = resolveHttpUrl(node.getAttribute("href"), base);
      const text = content.trim();
      if (!text) return "";
      return href ? `[${text}](${href})` : content;
    },
  });
  return service;
}

export function convertHtmlFragment(html: string, base?: string): string {
  const markdown = createTurndown(base).turndown(html);
  return tidyMarkdown(markdown);
}

export function tidyMarkdown(markdown: string): string {
  return markdown
    .replace(/\u00a0/g, " ")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/[ \t]*¶/g, "")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
