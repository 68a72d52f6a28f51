import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { collectSitemapUrls, parseSitemap } from "@/server/knowledge/sync/url/sitemaps";
import { fakeFetch } from "./fake-fetch";

const site = "https://help.example.com";

function urlset(locs: string[]): string {
  const entries = locs.map((loc) => `<url><loc> ${loc} </loc><lastmod>2025-01-01</lastmod></url>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${entries}</urlset>`;
}

function sitemapIndex(locs: string[]): string {
  return `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((loc) => `<sitemap><loc>${loc}</loc></sitemap>`).join("")}</sitemapindex>`;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe("parseSitemap", () => {
  it("reads the page URLs of a urlset, one or many, with entities decoded", () => {
    expect(parseSitemap(bytes(urlset([`${site}/a`, `${site}/b?x=1&amp;y=2`])))).toEqual({ urls: [`${site}/a`, `${site}/b?x=1&y=2`], sitemaps: [] });
    expect(parseSitemap(bytes(urlset([`${site}/only`]))).urls).toEqual([`${site}/only`]);
  });

  it("reads the child sitemaps of an index", () => {
    expect(parseSitemap(bytes(sitemapIndex([`${site}/s1.xml`, `${site}/s2.xml.gz`])))).toEqual({ urls: [], sitemaps: [`${site}/s1.xml`, `${site}/s2.xml.gz`] });
  });

  it("decompresses a gzipped sitemap", () => {
    expect(parseSitemap(gzipSync(bytes(urlset([`${site}/zipped`])))).urls).toEqual([`${site}/zipped`]);
  });

  it("refuses broken gzip and returns nothing for unrelated XML", () => {
    expect(() => parseSitemap(new Uint8Array([0x1f, 0x8b, 1, 2, 3]))).toThrow("not a valid gzip file");
    expect(parseSitemap(bytes("<rss><channel/></rss>"))).toEqual({ urls: [], sitemaps: [] });
  });
});

describe("collectSitemapUrls", () => {
  const sameSite = (url: string) => url.startsWith(`${site}/`);
  const inDocs = (url: string) => (url.startsWith(`${site}/docs/`) ? url : null);

  it("follows an index into plain and gzipped sitemaps and keeps only wanted pages", async () => {
    const { fetch, requested } = fakeFetch({
      [`${site}/sitemap.xml`]: { body: sitemapIndex([`${site}/docs.xml`, `${site}/docs-2.xml.gz`, "https://elsewhere.example/s.xml"]) },
      [`${site}/docs.xml`]: { body: urlset([`${site}/docs/a`, `${site}/blog/post`, "https://elsewhere.example/docs/x"]) },
      [`${site}/docs-2.xml.gz`]: { body: gzipSync(bytes(urlset([`${site}/docs/b`, `${site}/docs/a`]))), contentType: "application/gzip" },
    });
    const pages = await collectSitemapUrls(fetch, [`${site}/sitemap.xml`], { acceptSitemap: sameSite, toPage: inDocs });
    expect(pages).toEqual([`${site}/docs/a`, `${site}/docs/b`]);
    expect(requested).not.toContain("https://elsewhere.example/s.xml");
  });

  it("stops following indexes below the depth limit and at the file limit", async () => {
    const chain: Record<string, { body: string }> = {};
    for (let i = 0; i < 6; i++) chain[`${site}/s${i}.xml`] = { body: sitemapIndex([`${site}/s${i + 1}.xml`]) };
    const { fetch, requested } = fakeFetch(chain);
    await collectSitemapUrls(fetch, [`${site}/s0.xml`], { acceptSitemap: sameSite, toPage: inDocs, limits: { maxFiles: 20, maxDepth: 2, maxUrls: 100 } });
    expect(requested).toEqual([`${site}/s0.xml`, `${site}/s1.xml`, `${site}/s2.xml`]);

    const wide = fakeFetch({ [`${site}/i.xml`]: { body: sitemapIndex(Array.from({ length: 30 }, (_, i) => `${site}/w${i}.xml`)) } });
    await collectSitemapUrls(wide.fetch, [`${site}/i.xml`], { acceptSitemap: sameSite, toPage: inDocs, limits: { maxFiles: 5, maxDepth: 2, maxUrls: 100 } });
    expect(wide.requested).toHaveLength(5);
  });

  it("passes over missing and broken sitemaps and caps the number of URLs", async () => {
    const { fetch } = fakeFetch({
      [`${site}/broken.xml`]: { body: "<urlset><url><loc>" },
      [`${site}/big.xml`]: { body: urlset(Array.from({ length: 50 }, (_, i) => `${site}/docs/p${i}`)) },
    });
    const pages = await collectSitemapUrls(fetch, [`${site}/missing.xml`, `${site}/broken.xml`, `${site}/big.xml`], {
      acceptSitemap: sameSite,
      toPage: inDocs,
      limits: { maxFiles: 20, maxDepth: 2, maxUrls: 10 },
    });
    expect(pages).toHaveLength(10);
  });
});
