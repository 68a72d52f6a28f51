import { describe, expect, it } from "vitest";
import { splitMarkdownBlocks } from "@/components/knowledge/article-preview";
import { clipMarkdown, formatBytes, formatRelativeTime, isSyncActive, runProgress, summarizeRun, truncateText } from "@/components/knowledge/format";
import { fromLanguageValue, toLanguageValue } from "@/components/knowledge/languages";
import { parseKnowledgeTab } from "@/components/knowledge/tabs";
import { isSupportedFile } from "@/components/knowledge/upload-files";

const run = (counters: Partial<Record<"discovered" | "fetched" | "indexed" | "unchanged" | "failed", number>>) => ({
  discovered: 0,
  fetched: 0,
  indexed: 0,
  unchanged: 0,
  failed: 0,
  ...counters,
});

describe("summarizeRun", () => {
  it("counts unchanged pages as indexed and mentions failures while running", () => {
    expect(summarizeRun(run({ discovered: 74, indexed: 30, unchanged: 8, failed: 2 }), "url", false)).toBe("38 of 74 pages indexed · 2 failed");
  });

  it("drops the total once finished and uses the source's own noun", () => {
    expect(summarizeRun(run({ discovered: 1, indexed: 1 }), "file", true)).toBe("1 file indexed");
    expect(summarizeRun(run({ discovered: 3, indexed: 3 }), "short_answers", true)).toBe("3 short answers indexed");
  });

  it("says it is still looking before anything was discovered", () => {
    expect(summarizeRun(run({}), "url", false)).toBe("Looking for pages…");
  });

  it("never reports a total below what is already done", () => {
    expect(runProgress(run({ discovered: 2, indexed: 3, failed: 1 }))).toEqual({ done: 4, total: 4, indexed: 3 });
  });
});

describe("isSyncActive", () => {
  it("polls only while queued or syncing", () => {
    expect(["idle", "queued", "syncing", "ready", "failed", "cancelled"].filter((status) => isSyncActive(status as never))).toEqual(["queued", "syncing"]);
  });
});

describe("formatRelativeTime", () => {
  const now = new Date("2030-05-01T12:00:00Z");
  it("rounds recent moments to now and picks the largest fitting unit", () => {
    expect(formatRelativeTime(new Date("2030-05-01T11:59:50Z"), now)).toBe(new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }).format(0, "second"));
    expect(formatRelativeTime(new Date("2030-05-01T11:57:00Z"), now)).toBe(new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }).format(-3, "minute"));
    expect(formatRelativeTime(new Date("2030-05-08T12:00:00Z"), now)).toBe(new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }).format(1, "week"));
  });
});

describe("formatBytes and truncateText", () => {
  it("formats sizes", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(25 * 1024 * 1024)).toBe("25 MB");
  });

  it("clips Markdown between lines, keeping a table whole, and cuts a long first line at a word", () => {
    const table = "| Plan | Price |\n| --- | --- |\n| Basic | 5 |";
    expect(clipMarkdown(`${table}\n\n${"More text follows here. ".repeat(10)}`, 60)).toBe(`${table}\n\n…`);
    expect(clipMarkdown("Short passage.", 60)).toBe("Short passage.");
    expect(clipMarkdown("The quick brown fox jumps over the lazy dog", 20)).toBe("The quick brown fox…");
  });

  it("cuts at a word boundary and collapses whitespace", () => {
    expect(truncateText("alpha   beta\ngamma", 100)).toBe("alpha beta gamma");
    expect(truncateText("The quick brown fox jumps over the lazy dog", 20)).toBe("The quick brown fox…");
  });
});

describe("choices", () => {
  it("maps auto-detect to no language and back", () => {
    expect(fromLanguageValue(toLanguageValue(null))).toBeNull();
    expect(fromLanguageValue(toLanguageValue("sv"))).toBe("sv");
  });

  it("accepts only known tabs", () => {
    expect(parseKnowledgeTab("articles")).toBe("articles");
    expect(parseKnowledgeTab(["search"])).toBe("sources");
    expect(parseKnowledgeTab("nope")).toBe("sources");
  });

  it("recognises supported file types case-insensitively", () => {
    expect(isSupportedFile("Manual.PDF")).toBe(true);
    expect(isSupportedFile("notes.md")).toBe(true);
    expect(isSupportedFile("setup.exe")).toBe(false);
  });
});

describe("splitMarkdownBlocks", () => {
  it("finds headings, lists, code and paragraphs", () => {
    expect(splitMarkdownBlocks("# Returns\n\nYou have 30 days.\nKeep the receipt.\n\n- Unused\n- In the box\n\n```\ncode\n```")).toEqual([
      { kind: "heading", level: 1, text: "Returns" },
      { kind: "paragraph", text: "You have 30 days.\nKeep the receipt." },
      { kind: "list", items: ["Unused", "In the box"] },
      { kind: "code", text: "code" },
    ]);
  });
});
