import { describe, expect, it } from "vitest";
import { frameContentSecurityPolicy, renderFrameHtml } from "@/widget/frame-html";

describe("renderFrameHtml", () => {
  it("loads the versioned chat assets and names the agent", () => {
    const html = renderFrameHtml({ agentId: "3f2b8f9e-5c1a-4a57-9a4f-1f2e3d4c5b6a", assetVersion: "abc 123" });
    expect(html).toContain('<script defer src="/widget/chat.js?v=abc%20123"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/widget/chat.css?v=abc%20123">');
    expect(html).toContain('data-agent-id="3f2b8f9e-5c1a-4a57-9a4f-1f2e3d4c5b6a"');
  });

  it("escapes what it is given", () => {
    const html = renderFrameHtml({ agentId: '"><script>alert(1)</script>', assetVersion: "1" });
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
  });
});

describe("frameContentSecurityPolicy", () => {
  it("lets only the app and the allowed domains frame the chat", () => {
    const policy = frameContentSecurityPolicy(["example.com", "*.Example.org", "localhost:8080", "bad domain; script-src *", "*", "a.com:*"]);
    expect(policy).toMatch(/frame-ancestors 'self' example\.com:\* \*\.example\.org:\* localhost:8080$/);
    expect(policy).not.toContain("bad domain");
    expect(policy).toContain("script-src 'self'");
    expect(frameContentSecurityPolicy([])).toMatch(/frame-ancestors 'self'(;|$)/);
  });
});
