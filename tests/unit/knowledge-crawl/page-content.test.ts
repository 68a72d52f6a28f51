import { describe, expect, it } from "vitest";
import { fileNameFor, readPageContent } from "@/server/knowledge/sync/url/page-content";
import { describeStatus } from "@/server/knowledge/sync/url/process-page";
import { fakeResponse } from "./fake-fetch";

const page = `<!doctype html><html lang="sv"><head><title>Hjälp</title>
<link rel="canonical" href="https://prod.example.com/hjalp/"><link rel="alternate" hreflang="en" href="../en/help/"></head>
<body><nav><a href="/docs/other/">Other</a></nav><main><h1>Konto</h1><p>Så skapar du ett konto i tjänsten.</p>
<a href="mailto:x@example.com">mejla</a><a href="setup/#steg">Steg</a></main></body></html>`;

describe("readPageContent", () => {
  it("converts HTML and returns its language, canonical URL and links, nav and alternates included", async () => {
    const content = await readPageContent(fakeResponse("https://help.example.com/docs/konto/", { body: page, contentType: "text/html; charset=utf-8" }));
    expect(content).toMatchObject({ kind: "page", title: "Konto", language: "sv", canonicalUrl: "https://prod.example.com/hjalp/" });
    if (content.kind !== "page") throw new Error("expected a page");
    expect(content.markdown).toContain("Så skapar du ett konto");
    expect(content.links).toEqual(
      expect.arrayContaining(["https://help.example.com/docs/other/", "https://help.example.com/docs/konto/setup/", "https://help.example.com/docs/en/help/"]),
    );
    expect(content.links.some((link) => link.startsWith("mailto:"))).toBe(false);
  });

  it("reads plain text and markdown files as documents", async () => {
    const text = await readPageContent(fakeResponse("https://help.example.com/docs/NOTES", { body: "Opening hours are 9 to 5.", contentType: "text/plain" }));
    expect(text).toMatchObject({ kind: "page", links: [], canonicalUrl: null });
    if (text.kind === "page") expect(text.markdown).toContain("Opening hours are 9 to 5.");
    const markdown = await readPageContent(fakeResponse("https://help.example.com/docs/guide.md", { body: "# Guide\n\nStep one.", contentType: "application/octet-stream" }));
    expect(markdown).toMatchObject({ kind: "page", title: "Guide" });
  });

  it("skips other content with a reason", async () => {
    const image = await readPageContent(fakeResponse("https://help.example.com/docs/logo", { body: "x", contentType: "image/png" }));
    expect(image).toEqual({ kind: "unsupported", reason: "Not indexed: image/png is not a web page or a supported document." });
  });
});

describe("names and messages", () => {
  it("gives the parser a file name with the declared type's extension", () => {
    expect(fileNameFor("https://x.example/files/report.pdf", "pdf")).toBe("report.pdf");
    expect(fileNameFor("https://x.example/download?id=3", "pdf")).toBe("download.pdf");
    expect(fileNameFor("https://x.example/files/", "docx")).toBe("document.docx");
    expect(fileNameFor("https://x.example/read%20me.markdown", "md")).toBe("read me.markdown");
  });

  it("describes HTTP statuses for people", () => {
    expect(describeStatus(404)).toBe("Not found (404)");
    expect(describeStatus(410)).toBe("Gone (410)");
    expect(describeStatus(503)).toBe("Service unavailable (503)");
    expect(describeStatus(599)).toBe("Server error (599)");
    expect(describeStatus(418)).toBe("Request refused (418)");
  });
});
