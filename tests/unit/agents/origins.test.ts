import { describe, expect, it } from "vitest";
import { isOriginAllowed } from "@/server/agents/origins";

const allows = (allowedDomains: string[], origin: string | null) => isOriginAllowed({ allowedDomains }, origin);

describe("isOriginAllowed", () => {
  it("matches an exact host on any scheme's default or other port", () => {
    expect(allows(["example.com"], "https://example.com")).toBe(true);
    expect(allows(["example.com"], "http://example.com:8080")).toBe(true);
    expect(allows(["example.com"], "https://www.example.com")).toBe(false);
    expect(allows(["example.com"], "https://example.com.evil.net")).toBe(false);
    expect(allows(["example.com"], "https://notexample.com")).toBe(false);
  });

  it("lets a wildcard cover subdomains at any depth but not the apex", () => {
    expect(allows(["*.example.com"], "https://shop.example.com")).toBe(true);
    expect(allows(["*.example.com"], "https://a.b.example.com")).toBe(true);
    expect(allows(["*.example.com"], "https://example.com")).toBe(false);
    expect(allows(["*.example.com"], "https://badexample.com")).toBe(false);
    expect(allows(["*.example.com", "example.com"], "https://example.com")).toBe(true);
  });

  it("requires the port when the entry names one, counting the scheme's default", () => {
    expect(allows(["example.com:8443"], "https://example.com:8443")).toBe(true);
    expect(allows(["example.com:8443"], "https://example.com")).toBe(false);
    expect(allows(["example.com:443"], "https://example.com")).toBe(true);
    expect(allows(["example.com:443"], "http://example.com")).toBe(false);
    expect(allows(["*.example.com:3000"], "http://app.example.com:3000")).toBe(true);
    expect(allows(["*.example.com:3000"], "http://app.example.com:3001")).toBe(false);
  });

  it("allows localhost and 127.0.0.1 only when listed", () => {
    expect(allows([], "http://localhost:3000")).toBe(false);
    expect(allows(["example.com"], "http://127.0.0.1")).toBe(false);
    expect(allows(["localhost"], "http://localhost:3000")).toBe(true);
    expect(allows(["localhost:8080"], "http://localhost:3000")).toBe(false);
    expect(allows(["127.0.0.1:3000"], "http://127.0.0.1:3000")).toBe(true);
    expect(allows(["localhost"], "http://127.0.0.1:3000")).toBe(false);
  });

  it("ignores case and a trailing dot, and refuses what is not a web origin", () => {
    expect(allows(["Example.COM"], "https://EXAMPLE.com")).toBe(true);
    expect(allows(["example.com"], "https://example.com.")).toBe(true);
    expect(allows(["example.com"], null)).toBe(false);
    expect(allows(["example.com"], "null")).toBe(false);
    expect(allows(["example.com"], "file:///example.com")).toBe(false);
    expect(allows(["example.com"], "ftp://example.com")).toBe(false);
    expect(allows(["example.com"], "not a url")).toBe(false);
  });
});
