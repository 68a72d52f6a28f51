import { describe, expect, it } from "vitest";
import { parseDocument } from "@/server/knowledge/parse";
import { inspectZip, readZipEntries, zipLimitsFor } from "@/server/knowledge/parse/zip-guard";
import {
  buildBombDocx,
  buildDocx,
  buildEncryptedOfficeFile,
  buildPptx,
  understateZipSizes,
} from "@/tests/support/fixtures/office";
import { expectAppError } from "./helpers";

describe("docx", () => {
  it("keeps headings and paragraphs and takes the title from the document properties", async () => {
    const bytes = buildDocx(
      [
        { heading: "Getting started" },
        { paragraph: "Install the app & sign in." },
        { heading: "Billing", level: 2 },
        { paragraph: "Invoices are sent monthly." },
      ],
      { title: "User guide" },
    );
    const result = await parseDocument({ filename: "guide.docx", bytes });
    expect(result.format).toBe("docx");
    expect(result.title).toBe("User guide");
    expect(result.markdown).toBe(
      "# Getting started\n\nInstall the app & sign in.\n\n## Billing\n\nInvoices are sent monthly.",
    );
  });

  it("skips pictures without reading them (media parts are never inflated)", async () => {
    const bytes = buildDocx([{ paragraph: "Before." }, { image: "Screenshot" }, { paragraph: "After." }]);
    const result = await parseDocument({ filename: "pics.docx", bytes });
    expect(result.markdown).toBe("Before.\n\nAfter.");
  });

  it("falls back to the first heading, then the filename, for the title", async () => {
    const withHeading = await parseDocument({ filename: "a.docx", bytes: buildDocx([{ heading: "Returns" }, { paragraph: "x" }]) });
    expect(withHeading.title).toBe("Returns");
    const plain = await parseDocument({ filename: "dir/Price list.docx", bytes: buildDocx([{ paragraph: "Only text" }]) });
    expect(plain.title).toBe("Price list");
  });

  it("refuses password-protected, legacy and corrupt files with a per-file message", async () => {
    await expectAppError(
      parseDocument({ filename: "locked.docx", bytes: buildEncryptedOfficeFile() }),
      "INVALID",
      /"locked\.docx" is password-protected/,
    );
    const legacy = buildEncryptedOfficeFile().slice(0, 512);
    await expectAppError(parseDocument({ filename: "old.docx", bytes: legacy }), "INVALID", /older Word \(\.doc\) format/);
    const truncated = buildDocx([{ paragraph: "text" }]).slice(0, 200);
    await expectAppError(parseDocument({ filename: "broken.docx", bytes: truncated }), "INVALID", /"broken\.docx" could not be read/);
    await expectAppError(
      parseDocument({ filename: "renamed.docx", bytes: buildPptx([{ title: "Hi" }]) }),
      "INVALID",
      /not a Word document/,
    );
  });

  it("refuses a zip bomb before inflating it", async () => {
    await expectAppError(parseDocument({ filename: "bomb.docx", bytes: buildBombDocx(12) }), "INVALID", /unreasonable size/);
  });
});

describe("zip guard", () => {
  const docx = buildDocx([{ paragraph: "Hello" }], { extra: { "word/big.xml": new Uint8Array(2 * 1024 * 1024) } });

  it("lists entries from the central directory with their declared sizes", () => {
    const entries = inspectZip("a.docx", docx, "a Word document", zipLimitsFor(1024));
    expect(entries.find((entry) => entry.name === "word/big.xml")?.originalSize).toBe(2 * 1024 * 1024);
  });

  it("refuses archives whose declared total or entry count is over the limits", () => {
    const limits = { ...zipLimitsFor(1024), maxTotalBytes: 1024 * 1024 };
    expect(() => inspectZip("a.docx", docx, "a Word document", limits)).toThrow(/would unpack to 2 MB/);
    expect(() => inspectZip("a.docx", docx, "a Word document", { ...limits, maxTotalBytes: 1e9, maxEntries: 3 })).toThrow(
      /too many internal parts/,
    );
  });

  it("never inflates past the declared size of an entry that lies about it", () => {
    const lying = understateZipSizes(docx, 4096);
    const parts = readZipEntries("a.docx", lying, "a Word document", zipLimitsFor(1024), (name) => name === "word/big.xml");
    expect(parts["word/big.xml"]?.length).toBe(4096);
  });
});

describe("pptx", () => {
  const deck = buildPptx(
    [
      { title: "Welcome", bullets: ["First point here", "Second point here"], notes: "Greet everyone warmly" },
      { title: "Prices", table: [["Plan", "Price"], ["Pro", "20 €"]] },
      { title: "Draft", bullets: ["Not ready"], hidden: true },
      { bullets: ["A slide without title"] },
    ],
    { title: "Sales deck" },
  );

  it("reads slides in presentation order as sections with notes and tables", async () => {
    const result = await parseDocument({ filename: "deck.pptx", bytes: deck });
    expect(result.format).toBe("pptx");
    expect(result.title).toBe("Sales deck");
    expect(result.markdown).toBe(
      [
        "## Slide 1: Welcome",
        "- First point here\n- Second point here",
        "Notes: Greet everyone warmly",
        "## Slide 2: Prices",
        "| Plan | Price |\n| --- | --- |\n| Pro | 20 € |",
        "## Slide 4",
        "A slide without title",
      ].join("\n\n"),
    );
  });

  it("skips hidden slides and slide-number placeholders", async () => {
    const { markdown } = await parseDocument({ filename: "deck.pptx", bytes: deck });
    expect(markdown).not.toContain("Not ready");
    expect(markdown).not.toMatch(/^\d$/m);
  });

  it("uses the first slide title when the file has no title property", async () => {
    const result = await parseDocument({ filename: "x.pptx", bytes: buildPptx([{ title: "Roadmap", bullets: ["Q1 plans"] }]) });
    expect(result.title).toBe("Roadmap");
  });

  it("refuses a password-protected presentation", async () => {
    await expectAppError(
      parseDocument({ filename: "deck.pptx", bytes: buildEncryptedOfficeFile() }),
      "INVALID",
      /"deck\.pptx" is password-protected/,
    );
  });
});
