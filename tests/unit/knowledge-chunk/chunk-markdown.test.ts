import { describe, expect, it } from "vitest";
import { chunkEmbeddingText, chunkMarkdown, DEFAULT_MAX_CHARS } from "@/server/knowledge/chunk";

const sentence = (i: number) => `Sentence number ${i} explains one more detail about the upload process.`;
const prose = (count: number, from = 0) => Array.from({ length: count }, (_, i) => sentence(from + i)).join(" ");

describe("chunkMarkdown sections", () => {
  it("keeps the heading path, leaving out a top heading that repeats the title", () => {
    const markdown = [
      "# User guide",
      "",
      "## Getting started",
      "",
      "### Upload data",
      "",
      prose(4),
      "",
      "## Sharing",
      "",
      prose(4, 10),
    ].join("\n");
    const chunks = chunkMarkdown(markdown, { title: "User guide" });
    expect(chunks.map((chunk) => chunk.headingPath)).toEqual([["Getting started", "Upload data"], ["Sharing"]]);
    expect(chunks.map((chunk) => chunk.ordinal)).toEqual([0, 1]);
    expect(chunks[0]?.content).toBe(prose(4));
  });

  it("takes the anchor of the nearest heading that has one and strips it from the text", () => {
    const markdown = [
      "## Licenses {#licenses}",
      "",
      prose(5),
      "",
      "### Change a license {#change-a-license}",
      "",
      prose(5, 5),
      "",
      "### Without its own anchor",
      "",
      prose(5, 10),
    ].join("\n");
    const chunks = chunkMarkdown(markdown, { title: "Docs" });
    expect(chunks.map((chunk) => [chunk.headingPath.at(-1), chunk.anchor])).toEqual([
      ["Licenses", "licenses"],
      ["Change a license", "change-a-license"],
      ["Without its own anchor", "licenses"],
    ]);
    expect(chunks.some((chunk) => chunk.content.includes("{#") || chunk.headingPath.join().includes("{#"))).toBe(false);
  });

  it("merges tiny sibling sections but never drops another section's anchor", () => {
    const markdown = [
      "## Contact {#contact}",
      "Email us.",
      "## Phone",
      "Call us on weekdays.",
      "## Address {#address}",
      "Main Street 1.",
    ].join("\n\n");
    const chunks = chunkMarkdown(markdown, { title: "Help" });
    expect(chunks.map((chunk) => chunk.anchor)).toEqual(["contact", "address"]);
    expect(chunks[0]?.content).toBe("Email us.\n\n## Phone\n\nCall us on weekdays.");
    expect(chunks[0]?.headingPath).toEqual(["Contact"]);
  });

  it("merges a tiny introduction with its first subsection when that subsection has no anchor", () => {
    const markdown = ["## Refunds {#refunds}", "Short intro.", "### Timing", prose(5)].join("\n\n");
    const chunks = chunkMarkdown(markdown, { title: "Help" });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ headingPath: ["Refunds"], anchor: "refunds" });
    expect(chunks[0]?.content).toBe(`Short intro.\n\n### Timing\n\n${prose(5)}`);
  });

  it("lets an empty parent heading pass its anchor to its first subsection", () => {
    const markdown = ["## Billing {#billing}", "### Invoices", prose(3)].join("\n\n");
    const [chunk] = chunkMarkdown(markdown, { title: "Help" });
    expect(chunk).toMatchObject({ headingPath: ["Billing", "Invoices"], anchor: "billing", content: prose(3) });
  });

  it("handles a document without headings", () => {
    const markdown = [prose(8), prose(8, 20), prose(8, 40)].join("\n\n");
    const chunks = chunkMarkdown(markdown, { title: "Plain", maxChars: 1000 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk).toMatchObject({ headingPath: [], anchor: null });
      expect(chunk.content.length).toBeLessThanOrEqual(1000);
    }
    const all = chunks.map((chunk) => chunk.content).join("\n");
    for (let i = 0; i < 8; i++) expect(all).toContain(sentence(40 + i));
  });

  it("still produces searchable chunks for a document of only headings", () => {
    const markdown = "# Manual\n## Install {#install}\n## Configure {#configure}\n### Advanced\n";
    const chunks = chunkMarkdown(markdown, { title: "Manual" });
    expect(chunks.map((chunk) => [chunk.anchor, chunk.content])).toEqual([
      ["install", "Install"],
      ["configure", "Advanced"],
    ]);
    expect(chunks[1]?.headingPath).toEqual(["Configure", "Advanced"]);
  });

  it("reads setext headings", () => {
    const chunks = chunkMarkdown(`Setup\n=====\n\n${prose(5)}\n\nDetails\n-------\n\n${prose(5, 5)}`, { title: "x" });
    expect(chunks.map((chunk) => chunk.headingPath)).toEqual([["Setup"], ["Setup", "Details"]]);
  });
});

describe("chunkMarkdown splitting", () => {
  it("splits long sections at sentence boundaries with a small overlap", () => {
    const chunks = chunkMarkdown(`## Long\n\n${prose(40)}`, { title: "t", maxChars: 600, overlapChars: 120 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.content.length).toBeLessThanOrEqual(600);
      expect(chunk.content).toMatch(/^Sentence number \d+ .*process\.$/s);
      expect(chunk.anchor).toBeNull();
    }
    const first = chunks[0]?.content ?? "";
    const lastSentenceOfFirst = first.slice(first.lastIndexOf("Sentence"));
    expect(chunks[1]?.content.startsWith(lastSentenceOfFirst)).toBe(true);
  });

  it("cuts a huge paragraph without punctuation at word boundaries", () => {
    const words = Array.from({ length: 900 }, (_, i) => `word${i}`).join(" ");
    const chunks = chunkMarkdown(words, { title: "t", maxChars: 500 });
    expect(chunks.length).toBeGreaterThan(8);
    for (const chunk of chunks) {
      expect(chunk.content.length).toBeLessThanOrEqual(500);
      expect(chunk.content).toMatch(/^word\d+( word\d+)*$/);
    }
    expect(chunks.at(-1)?.content.endsWith("word899")).toBe(true);
  });

  it("hard-cuts a single run of characters longer than the limit", () => {
    const chunks = chunkMarkdown("x".repeat(2500), { title: "t", maxChars: 1000 });
    expect(chunks.map((chunk) => chunk.content.length)).toEqual([1000, 1000, 500]);
  });

  it("never splits a code block and does not read headings inside it", () => {
    const code = ["```python", "# not a heading", ...Array.from({ length: 30 }, (_, i) => `value_${i} = ${i}`), "```"].join("\n");
    const markdown = `## Example\n\n${prose(6)}\n\n${code}\n\n${prose(6, 10)}`;
    const chunks = chunkMarkdown(markdown, { title: "t", maxChars: 600 });
    expect(chunks.every((chunk) => chunk.headingPath.join() === "Example")).toBe(true);
    expect(chunks.filter((chunk) => chunk.content.includes(code))).toHaveLength(1);
    expect(chunks.filter((chunk) => chunk.content.includes("value_0 ="))).toHaveLength(1);
  });

  it("cuts only a gigantic code block, between lines, re-fencing every piece", () => {
    const lines = Array.from({ length: 400 }, (_, i) => `line ${i} of a very long generated listing`);
    const chunks = chunkMarkdown(["~~~", ...lines, "~~~"].join("\n"), { title: "t", maxChars: 800 });
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) {
      expect(chunk.content.startsWith("~~~\n")).toBe(true);
      expect(chunk.content.endsWith("\n~~~")).toBe(true);
      expect(chunk.content.length).toBeLessThanOrEqual(800);
    }
    const body = chunks.flatMap((chunk) => chunk.content.split("\n").slice(1, -1));
    expect(body).toEqual(lines);
  });

  it("never splits a table row and repeats the header in every piece", () => {
    const header = "| Plan | Price | Notes |\n| --- | --- | --- |";
    const rows = Array.from({ length: 60 }, (_, i) => `| Plan ${i} | ${i * 10} EUR | Includes feature ${i} and support |`);
    const chunks = chunkMarkdown(`## Prices\n\n${header}\n${rows.join("\n")}`, { title: "t", maxChars: 700 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.content.startsWith(header)).toBe(true);
      expect(chunk.content.length).toBeLessThanOrEqual(700);
    }
    const seen = chunks.flatMap((chunk) => chunk.content.split("\n").slice(2));
    expect(seen).toEqual(rows);
  });
});

describe("chunkMarkdown offsets and line endings", () => {
  const markdown = ["# Guide", "", "## Upload {#upload}", "", prose(12), "", "## Share", "", prose(3, 30)].join("\n");

  it("gives the same chunks for CRLF input, with offsets into the CRLF text", () => {
    const lf = chunkMarkdown(markdown, { title: "Guide", maxChars: 500 });
    const crlfText = markdown.replace(/\n/g, "\r\n");
    const crlf = chunkMarkdown(crlfText, { title: "Guide", maxChars: 500 });
    expect(crlf.map((chunk) => chunk.content)).toEqual(lf.map((chunk) => chunk.content));
    expect(crlf.some((chunk) => chunk.content.includes("\r"))).toBe(false);
    for (const chunk of crlf) {
      const span = crlfText.slice(chunk.charStart, chunk.charEnd).replace(/\r\n/g, "\n");
      expect(span).toBe(chunk.content);
    }
  });

  it("points offsets at the source span of each chunk", () => {
    const chunks = chunkMarkdown(markdown, { title: "Guide", maxChars: 500 });
    for (const chunk of chunks) expect(markdown.slice(chunk.charStart, chunk.charEnd)).toBe(chunk.content);
    const starts = chunks.map((chunk) => chunk.charStart);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("uses the documented default size", () => {
    const chunks = chunkMarkdown(prose(200), { title: "t" });
    expect(Math.max(...chunks.map((chunk) => chunk.content.length))).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
  });
});

describe("chunkEmbeddingText", () => {
  it("prefixes the title and heading path", () => {
    const chunk = { headingPath: ["Getting started", "Upload data"], content: "Drag files here." };
    expect(chunkEmbeddingText(chunk, "User guide")).toBe("User guide\nGetting started > Upload data\n\nDrag files here.");
  });

  it("does not repeat a title that is also the first heading, and copes with no title", () => {
    expect(chunkEmbeddingText({ headingPath: ["FAQ"], content: "Text." }, "FAQ")).toBe("FAQ\n\nText.");
    expect(chunkEmbeddingText({ headingPath: [], content: "Text." }, " ")).toBe("Text.");
  });
});
