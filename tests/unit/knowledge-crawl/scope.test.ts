import { describe, expect, it } from "vitest";
import { crawlScopeOf, defaultSitemapUrls, isInScope, isLikelyAsset, normalizeUrl } from "@/server/knowledge/sync/url/scope";

describe("normalizeUrl", () => {
  it("drops the fragment, default port and tracking parameters, lowercases the host and resolves dot segments", () => {
    expect(normalizeUrl("HTTP://Example.COM:80/a/b/../c/./d?utm_source=x&id=7&UTM_Medium=y&fbclid=z#part")).toBe("http://example.com/a/c/d?id=7");
    expect(normalizeUrl("https://example.com:443/x?utm_campaign=1")).toBe("https://example.com/x");
  });

  it("keeps ordinary query strings in their order and non-default ports", () => {
    expect(normalizeUrl("http://127.0.0.1:8765/search?q=a+b&page=2")).toBe("http://127.0.0.1:8765/search?q=a+b&page=2");
  });

  it("resolves relative links against a base", () => {
    expect(normalizeUrl("../faq/#top", "http://127.0.0.1:8765/kite-club/deposit/manage_files/")).toBe("http://127.0.0.1:8765/kite-club/deposit/faq/");
  });

  it("refuses what is not a plain http(s) URL", () => {
    expect(normalizeUrl("mailto:help@example.com")).toBeNull();
    expect(normalizeUrl("ftp://example.com/file")).toBeNull();
    expect(normalizeUrl("http://user:secret@example.com/")).toBeNull();
    expect(normalizeUrl("not a url")).toBeNull();
  });
});

describe("crawl scope", () => {
  const scope = crawlScopeOf("http://127.0.0.1:8765/kite-club/");

  it("covers the start folder on the same origin only", () => {
    expect(scope).toEqual({ origin: "http://127.0.0.1:8765", prefix: "/kite-club/" });
    expect(isInScope(scope, "http://127.0.0.1:8765/kite-club/faq/")).toBe(true);
    expect(isInScope(scope, "http://127.0.0.1:8765/kite-club")).toBe(true);
    expect(isInScope(scope, "http://127.0.0.1:8765/sv/")).toBe(false);
    expect(isInScope(scope, "http://127.0.0.1:8765/kite-club-old/")).toBe(false);
    expect(isInScope(scope, "http://127.0.0.1:9999/kite-club/faq/")).toBe(false);
    expect(isInScope(scope, "https://help.kites.example/kite-club/faq/")).toBe(false);
  });

  it("takes a file's folder, and a slash-less last segment as a folder", () => {
    expect(crawlScopeOf("https://example.com/docs/intro.html").prefix).toBe("/docs/");
    expect(crawlScopeOf("https://example.com/docs").prefix).toBe("/docs/");
    expect(crawlScopeOf("https://example.com").prefix).toBe("/");
  });

  it("looks for sitemaps in the folder first, then at the root, without repeating", () => {
    expect(defaultSitemapUrls(scope)).toEqual(["http://127.0.0.1:8765/kite-club/sitemap.xml", "http://127.0.0.1:8765/sitemap.xml"]);
    expect(defaultSitemapUrls(crawlScopeOf("https://example.com/"))).toEqual(["https://example.com/sitemap.xml"]);
  });

  it("recognises asset links but keeps pages and documents", () => {
    expect(isLikelyAsset("https://example.com/a/logo.PNG")).toBe(true);
    expect(isLikelyAsset("https://example.com/assets/main.css?v=2")).toBe(true);
    expect(isLikelyAsset("https://example.com/guide.pdf")).toBe(false);
    expect(isLikelyAsset("https://example.com/faq/")).toBe(false);
    expect(isLikelyAsset("https://example.com/v1.2/intro")).toBe(false);
  });
});
