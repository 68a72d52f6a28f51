import { DOMParser } from "linkedom";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PassageMarkdown } from "@/components/knowledge/passage-markdown";

function render(markdown: string) {
  const html = renderToStaticMarkup(h(PassageMarkdown, { markdown }));
  return { html, document: new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html") };
}

describe("PassageMarkdown", () => {
  it("shows Markdown escapes, numbered lists and tables as a reader sees them", () => {
    const { document } = render("Kites \\- all sizes\n\n1\\. Not a list\n\n| Size | Price |\n| --- | --- |\n| Small | 10 |\n\n2. Fold the sail\n3. Pack it");
    const text = document.body.textContent ?? "";
    expect(text).toContain("Kites - all sizes");
    expect(text).toContain("1. Not a list");
    expect(text).not.toContain("\\");
    expect(text).not.toContain("---");
    expect([...document.querySelectorAll("th")].map((cell) => cell.textContent)).toEqual(["Size", "Price"]);
    expect(document.querySelector("ol")?.getAttribute("start")).toBe("2");
  });

  it("never renders raw HTML or images from crawled text, and keeps only web links", () => {
    const { document } = render('Hi <img src=x onerror="alert(1)"> ![chart](https://x.test/c.png) [bad](javascript:alert(1)) [ok](https://x.test/p)');
    expect(document.querySelector("img")).toBeNull();
    const links = [...document.querySelectorAll("a")].map((link) => link.getAttribute("href"));
    expect(links).toContain("https://x.test/p");
    expect(links.some((href) => href?.startsWith("javascript:"))).toBe(false);
  });
});
