import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "@/server/knowledge/parse";

const SITE = path.resolve(import.meta.dirname, "../../../../shared/eval/site");
const readPage = (relative: string) => readFileSync(path.join(SITE, relative), "utf8");

describe("htmlToMarkdown on the MkDocs help sites", () => {
  const url = "http://127.0.0.1:8765/kth-rdm/deposit/manage_files/";
  const page = htmlToMarkdown(readPage("kth-rdm/deposit/manage_files/index.html"), { url });

  it("keeps the heading outline with pandoc-style anchors", () => {
    expect(page.title).toBe("Manage Files");
    expect(page.markdown.startsWith("# Manage Files {#manage-files}\n")).toBe(true);
    expect(page.markdown).toContain("\n## Prepare Files {#prepare-files}\n");
    expect(page.markdown).toContain("\n## Request a Quota Increase {#request-a-quota-increase}\n");
    expect(page.markdown).not.toContain("¶");
  });

  it("drops navigation, scripts and footers from the content", () => {
    expect(page.markdown).not.toContain("__md_scope");
    expect(page.markdown).not.toContain("Skip to content");
    expect(page.markdown).not.toMatch(/Made with/i);
  });

  it("reads lang, canonical and hreflang alternates, resolved against the page URL", () => {
    expect(page.lang).toBe("en");
    expect(page.canonicalUrl).toBe("https://docs.datarepository.kth.se/deposit/manage_files/");
    expect(page.alternates).toEqual([
      { hreflang: "en", href: url },
      { hreflang: "sv", href: "http://127.0.0.1:8765/kth-rdm/sv/deposit/manage_files/" },
    ]);
  });

  it("extracts links from the whole page, nav included, without mailto, fragments or duplicates", () => {
    expect(page.links).toContain("http://127.0.0.1:8765/kth-rdm/get_started/quick_start/");
    expect(page.links).toContain("http://127.0.0.1:8765/kth-rdm/deposit/create_new_upload/");
    expect(page.links).toContain("https://www.loc.gov/preservation/resources/rfs/index.html");
    expect(page.links.some((link) => !/^https?:\/\//.test(link))).toBe(false);
    expect(page.links.some((link) => link.includes("#") || link.includes("researchdata@"))).toBe(false);
    expect(new Set(page.links).size).toBe(page.links.length);
    // The page writes its mailto link as character entities; the address must not leak into links.
    expect(readPage("kth-rdm/deposit/manage_files/index.html")).toContain('href="&#109;&#97;&#105;&#108;');
  });

  it("handles the Swedish and French sites", () => {
    const sv = htmlToMarkdown(readPage("kth-rdm/sv/faq/index.html"), { url: "https://x.test/sv/faq/" });
    expect(sv.lang).toBe("sv");
    expect(sv.title).toBe("Vanliga frågor");
    expect(sv.markdown).toContain("## Lösning {#losning}");
    expect(sv.alternates).toContainEqual({ hreflang: "en", href: "https://x.test/faq/" });

    const fr = htmlToMarkdown(readPage("episciences/fr/account/index.html"));
    expect(fr.lang).toBe("fr");
    expect(fr.canonicalUrl).toBe("https://doc.episciences.org/fr/account/");
    expect(fr.markdown).toMatch(/^# Compte et profil \{#compte-et-profil\}/);
    expect(fr.markdown).toContain("## Modifier son mot de passe {#modifier-son-mot-de-passe}");
    // Without a page URL, relative links cannot be resolved and are left out.
    expect(fr.links.every((link) => link.startsWith("https://"))).toBe(true);
    expect(fr.alternates).toEqual([]);
  });

  it("keeps tables as GFM tables", () => {
    const share = htmlToMarkdown(readPage("kth-rdm/share/about_share/index.html"));
    expect(share.markdown).toMatch(/\| +\| +\| User sharing \| Link sharing \| Access requests \|\n\| --- \|/);
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
