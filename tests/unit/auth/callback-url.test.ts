import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/server/http";

/** Values as the page receives them (after the query string's own decoding). */
const hostile = [
  "//evil.example",
  "//evil.example/path",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/ /evil.example",
  "https://evil.example",
  "http://evil.example/",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(document.domain)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "%2F%2Fevil.example",
  "%2F%09%2Fevil.example",
  "/%09/evil.example".replace("%09", "\t"),
  "\u0000//evil.example",
  "/\u0085/evil.example",
  "//\u3000evil.example",
  "https:evil.example",
  " //evil.example",
  "/\u2028/evil.example",
];

describe("callback URLs after sign-in", () => {
  it.each(hostile)("stays on the site for %j", (value) => {
    const result = safeCallbackUrl(value, "/");
    expect(result).toBe("/");
    expect(new URL(result, "https://closer.example").origin).toBe("https://closer.example");
  });

  it("has at least twenty hostile forms", () => {
    expect(hostile.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ["/w/acme", "/w/acme"],
    ["/invite/abc_DEF-123456789012345678", "/invite/abc_DEF-123456789012345678"],
    ["/w/acme/agents?tab=model#top", "/w/acme/agents?tab=model#top"],
    ["/%2F/evil.example", "/%2F/evil.example"],
    ["/a/../b", "/b"],
  ])("keeps the same-site path %j", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it("uses the fallback when there is no value", () => {
    expect(safeCallbackUrl(undefined, "/onboarding")).toBe("/onboarding");
    expect(safeCallbackUrl(["/w/one", "//evil.example"])).toBe("/w/one");
  });
});
