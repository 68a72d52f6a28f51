import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "@/server/knowledge/parse";
import { buildDocsSite } from "../../support/fixtures/docs-site";

const ORIGIN = "http://127.0.0.1:8765";
const site = buildDocsSite({ prefix: "/guide/", languages: ["en", "sv"] });

describe("htmlToMarkdown on an MkDocs Material help site", () => {
  const url = `${ORIGIN}/guide/bookings/book-a-slot/`;
  const html = site.readPage("/guide/bookings/book-a-slot/");
  const page = htmlToMarkdown(html, { url });

  it("keeps the heading outline with pandoc-style anchors and drops the headerlinks", () => {
    expect(html).toContain('<a class="headerlink" href="#before-you-book" title="Permanent link">¶</a>');
    expect(page.title).toBe("Book a flying slot");
    expect(page.markdown.startsWith("# Book a flying slot {#book-a-flying-slot}\n")).toBe(true);
    expect(page.markdown).toContain("\n## Before you book {#before-you-book}\n");
    expect(page.markdown).toContain("\n## Ask for a longer slot {#ask-for-a-longer-slot}\n");
    expect(page.markdown).not.toContain("¶");

    // Sites that set `toc.permalink: "#"` put a "#" in every heading; it must not end up in the text.
    const hashed = buildDocsSite({ prefix: "/guide/", permalink: "#", pages: 8 }).readPage("/guide/bookings/book-a-slot/");
    expect(hashed).toContain('<a class="headerlink" href="#before-you-book" title="Permanent link">#</a>');
    const hashedPage = htmlToMarkdown(hashed, { url });
    expect(hashedPage.title).toBe("Book a flying slot");
    expect(hashedPage.markdown.startsWith("# Book a flying slot {#book-a-flying-slot}\n")).toBe(true);
    expect(hashedPage.markdown).toContain("\n## Before you book {#before-you-book}\n");
  });

  it("drops navigation, search, scripts and footers from the content", () => {
    expect(page.markdown).not.toContain("__md_scope");
    expect(page.markdown).not.toContain("__tabbed_");
    expect(page.markdown).not.toContain("Skip to content");
    expect(page.markdown).not.toContain("Initializing search");
    expect(page.markdown).not.toContain("Table of contents");
    expect(page.markdown).not.toContain("© 2025 Skyline Kite Club");
    expect(page.markdown).not.toMatch(/Made with/i);
  });

  it("reads lang, canonical and hreflang alternates, resolved against the page URL", () => {
    expect(page.lang).toBe("en");
    expect(page.canonicalUrl).toBe("https://help.skyline-kites.example/bookings/book-a-slot/");
    expect(page.alternates).toEqual([
      { hreflang: "en", href: url },
      { hreflang: "sv", href: `${ORIGIN}/guide/sv/bookings/book-a-slot/` },
    ]);
  });

  it("extracts links from the whole page, nav included, without mailto, fragments or duplicates", () => {
    expect(page.links).toContain(`${ORIGIN}/guide/get-started/welcome-tour/`);
    expect(page.links).toContain(`${ORIGIN}/guide/get-started/create-account/`);
    expect(page.links).toContain(`${ORIGIN}/guide/sv/bookings/book-a-slot/`);
    expect(page.links).toContain("https://wind-forecast.example.org/coast/skyline");
    expect(page.links.some((link) => !/^https?:\/\//.test(link))).toBe(false);
    expect(page.links.some((link) => link.includes("#") || link.includes("fieldcrew@"))).toBe(false);
    expect(new Set(page.links).size).toBe(page.links.length);
    // The page writes its mailto link as character entities; the address must not leak into links.
    expect(html).toContain('href="&#109;&#97;&#105;&#108;');
    expect(page.markdown).toContain("fieldcrew@skyline-kites.example");
  });

  it("handles the Swedish and French sites", () => {
    const sv = htmlToMarkdown(site.readPage("/guide/sv/faq/"), { url: "https://x.test/sv/faq/" });
    expect(sv.lang).toBe("sv");
    expect(sv.title).toBe("Vanliga frågor");
    expect(sv.markdown).toContain("Min bokning försvann ur kalendern");
    expect(sv.markdown).toContain("## Så löser du det {#sa-loser-du-det}");
    expect(sv.alternates).toContainEqual({ hreflang: "en", href: "https://x.test/faq/" });

    const french = buildDocsSite({ prefix: "/club/", languages: ["en", "fr"], pages: 4 });
    const fr = htmlToMarkdown(french.readPage("/club/fr/get-started/create-account/"));
    expect(fr.lang).toBe("fr");
    expect(fr.canonicalUrl).toBe("https://help.skyline-kites.example/fr/get-started/create-account/");
    expect(fr.markdown).toMatch(/^# Créer un compte \{#creer-un-compte\}/);
    expect(fr.markdown).toContain("## Étape par étape {#etape-par-etape}");
    // Without a page URL, relative links cannot be resolved and are left out.
    expect(fr.links.length).toBeGreaterThan(0);
    expect(fr.links.every((link) => link.startsWith("https://"))).toBe(true);
    expect(fr.alternates).toEqual([]);
  });

  it("keeps tables as GFM tables, and headings whose id or text readability would take for furniture", () => {
    const sharing = htmlToMarkdown(site.readPage("/guide/events/photo-sharing/"));
    expect(sharing.markdown).toMatch(/\| +\| +\| Club members \| Event guests \| Public link \|\n\| --- \|/);
    expect(sharing.markdown).toContain("\n## Share an album {#share-an-album}\n");
    expect(sharing.markdown).toContain("\n### Social media posts {#social-media-posts}\n");

    const hosts = htmlToMarkdown(site.readPage("/guide/events/event-hosts/"));
    expect(hosts.title).toBe("A handbook for event hosts");
    // Close to the page title "Event host duties": readability alone would delete this h2.
    expect(hosts.markdown).toContain("\n## The event host's duties {#the-event-hosts-duties}\n");
    expect(hosts.markdown).toContain("\n### Community guidelines {#community-guidelines}\n");
  });
});

describe("htmlToMarkdown on small pages", () => {
  it("finds anchors inside headings, on <a name> targets and on headerlinks", () => {
    const html = `<html><head><title>Help - Acme</title></head><body><main>
      <h1>Help center</h1>
      <h2><a name="billing"></a>Billing</h2><p>${"Billing details. ".repeat(10)}</p>
      <h2>Refunds<a class="headerlink" href="#refunds" title="Permanent link">¶</a></h2><p>${"Refund rules. ".repeat(10)}</p>
      <h3 id="with space">Odd id</h3><p>Text.</p>
      <h2><a href="#other">Linked heading</a></h2><p>More.</p>
    </main></body></html>`;
    const result = htmlToMarkdown(html);
    expect(result.title).toBe("Help center");
    expect(result.markdown).toContain("# Help center\n");
    expect(result.markdown).toContain("## Billing {#billing}");
    expect(result.markdown).toContain("## Refunds {#refunds}");
    expect(result.markdown).toContain("### Odd id\n");
    expect(result.markdown).toContain("## Linked heading\n");
  });

  it("falls back to the main content when readability finds too little", () => {
    const html = `<html lang="de"><body><nav><a href="/a">Nav</a></nav><main><h1 id="x">Kurz</h1><p>Ein Satz.</p></main><footer>Footer text</footer></body></html>`;
    const result = htmlToMarkdown(html, { url: "https://example.com/de/page" });
    expect(result.markdown).toBe("# Kurz {#x}\n\nEin Satz.");
    expect(result.lang).toBe("de");
    expect(result.links).toEqual(["https://example.com/a"]);
    expect(result.canonicalUrl).toBeNull();
  });

  it("drops mailto, javascript and fragment-only links, decodes entities and dedupes", () => {
    const html = `<body><p>
      <a href="&#109;&#97;&#105;&#108;&#116;&#111;&#58;&#97;&#64;&#98;&#46;&#99;">mail</a>
      <a href="&amp;#109;&amp;#97;&amp;#105;&amp;#108;&amp;#116;&amp;#111;&amp;#58;x@y.z">double</a>
      <a href="javascript:alert(1)">js</a><a href="#top">top</a>
      <a href="/docs/a#part">a</a><a href="/docs/a">a again</a><a href="https://other.test/b?q=1&amp;r=2">b</a>
    </p></body>`;
    const result = htmlToMarkdown(html, { url: "https://example.com/start" });
    expect(result.links).toEqual(["https://example.com/docs/a", "https://other.test/b?q=1&r=2"]);
  });

  it("resolves a relative canonical and keeps markdown links absolute", () => {
    const html = `<head><link rel="canonical" href="/help/x"></head><body><article><p>${"Words here. ".repeat(30)}<a href="../y">See Y</a></p></article></body>`;
    const result = htmlToMarkdown(html, { url: "https://example.com/help/x?utm=1" });
    expect(result.canonicalUrl).toBe("https://example.com/help/x");
    expect(result.markdown).toContain("[See Y](https://example.com/y)");
  });
});
