import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { fetchRobots, readRobots } from "@/server/knowledge/sync/url/robots";
import { fakeFetch } from "./fake-fetch";

const origin = "https://help.example.com";
const robotsUrl = `${origin}/robots.txt`;

async function rulesFor(reply: Parameters<typeof fakeFetch>[0][string]) {
  const { fetch, requested } = fakeFetch({ [robotsUrl]: reply });
  const state = await fetchRobots(fetch, origin);
  return { state, rules: readRobots(state), requested };
}

const robotsTxt = [
  "User-agent: *",
  "Disallow: /",
  "",
  "User-agent: CloserBot",
  "Disallow: /docs/private/",
  "Allow: /docs/private/public-note",
  "Crawl-delay: 4",
  "",
  "Sitemap: https://help.example.com/docs/sitemap-index.xml",
].join("\n");

describe("robots.txt", () => {
  it("follows the group for CloserBot: disallow, the longer allow, crawl-delay and sitemaps", async () => {
    const { rules, requested } = await rulesFor({ body: robotsTxt, contentType: "text/plain" });
    expect(requested).toEqual([robotsUrl]);
    expect(rules.blocked).toBeNull();
    expect(rules.isAllowed(`${origin}/docs/intro`)).toBe(true);
    expect(rules.isAllowed(`${origin}/docs/private/salaries`)).toBe(false);
    expect(rules.isAllowed(`${origin}/docs/private/public-note`)).toBe(true);
    expect(rules.crawlDelaySeconds).toBe(4);
    expect(rules.sitemaps).toEqual(["https://help.example.com/docs/sitemap-index.xml"]);
  });

  it("falls back to the * group when CloserBot is not named", async () => {
    const { rules } = await rulesFor({ body: "User-agent: *\nDisallow: /admin\nCrawl-delay: 2", contentType: "text/plain" });
    expect(rules.isAllowed(`${origin}/admin/users`)).toBe(false);
    expect(rules.isAllowed(`${origin}/help`)).toBe(true);
    expect(rules.crawlDelaySeconds).toBe(2);
  });

  it("survives a round trip through the run state", async () => {
    const { state } = await rulesFor({ body: robotsTxt, contentType: "text/plain" });
    const restored = readRobots(JSON.parse(JSON.stringify(state)));
    expect(restored.isAllowed(`${origin}/docs/private/x`)).toBe(false);
    expect(restored.crawlDelaySeconds).toBe(4);
  });

  it("allows everything when robots.txt is missing (4xx)", async () => {
    for (const status of [404, 410, 403]) {
      const { state, rules } = await rulesFor({ status, body: "nope" });
      expect(state).toEqual({ kind: "allow-all" });
      expect(rules.isAllowed(`${origin}/anything`)).toBe(true);
      expect(rules.crawlDelaySeconds).toBeNull();
    }
  });

  it("disallows everything this run when robots.txt answers 5xx or 429, with a clear reason", async () => {
    for (const status of [500, 503, 429]) {
      const { rules } = await rulesFor({ status, body: "down" });
      expect(rules.isAllowed(`${origin}/docs/intro`)).toBe(false);
      expect(rules.blocked).toContain(`server answered ${status}`);
      expect(rules.blocked).toContain("nothing was crawled");
    }
  });

  it("disallows everything when the host does not answer", async () => {
    const { rules } = await rulesFor(new AppError("UPSTREAM", "Could not fetch help.example.com"));
    expect(rules.isAllowed(`${origin}/`)).toBe(false);
    expect(rules.blocked).toContain("Could not fetch help.example.com");
  });

  it("passes on the guarded fetch's refusal of a private address as the reason", async () => {
    const { rules } = await rulesFor(new AppError("FORBIDDEN", "Refused: 10.0.0.5 is a private address"));
    expect(rules.blocked).toBe("Refused: 10.0.0.5 is a private address");
  });
});
