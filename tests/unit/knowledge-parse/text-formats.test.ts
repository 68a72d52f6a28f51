import { describe, expect, it } from "vitest";
import { parseDocument } from "@/server/knowledge/parse";
import { encode, expectAppError } from "./helpers";

const parse = (filename: string, text: string | Uint8Array) =>
  parseDocument({ filename, bytes: typeof text === "string" ? encode(text) : text });

describe("markdown and plain text", () => {
  it("keeps markdown as is, using front matter for the title and dropping it from the body", async () => {
    const result = await parse("doc.md", '---\ntitle: "Shipping times"\nslug: x\n---\n# Shipping\n\nWe ship in 2 days.\n');
    expect(result).toEqual({ title: "Shipping times", markdown: "# Shipping\n\nWe ship in 2 days.", format: "markdown" });
    expect((await parse("b.md", "Intro\n\n## Returns {#returns}\n")).title).toBe("Returns");
  });

  it("decodes legacy encodings, UTF-16 and repairs double-encoded UTF-8", async () => {
    expect((await parse("a.txt", Buffer.from("Välkommen till vår tjänst. Café.", "latin1"))).markdown).toBe(
      "Välkommen till vår tjänst. Café.",
    );
    expect((await parse("b.txt", Uint8Array.from([0xff, 0xfe, ...Buffer.from("Hej då", "utf16le")]))).markdown).toBe("Hej då");
    expect((await parse("c.txt", Buffer.from("Hej då", "utf16le"))).markdown).toBe("Hej då");
    const doubled = Buffer.from("Välkommen till vår tjänst. Ändra lösenord.", "utf8").toString("latin1");
    expect((await parse("d.txt", doubled)).markdown).toBe("Välkommen till vår tjänst. Ändra lösenord.");
    expect((await parse("e.txt", "\ufeffLine one\r\nLine two")).markdown).toBe("Line one\nLine two");
  });

  it("fences config files so comments are not read as headings", async () => {
    const result = await parse("app.conf", "# listen port\nport = 80\n");
    expect(result.markdown).toBe("```ini\n# listen port\nport = 80\n```");
    expect(result.format).toBe("text");
  });

  it("refuses binary data and empty text", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0, 0, 0, 0, 5, 6, 7, 0, 0]);
    await expectAppError(parse("image.txt", png), "INVALID", /"image\.txt" does not look like a text file/);
    await expectAppError(parse("blank.md", "  \n\n "), "INVALID", /"blank\.md" is empty/);
  });
});

describe("reStructuredText", () => {
  it("turns adorned titles into headings by order of appearance and keeps explicit targets as anchors", async () => {
    const source = [
      ".. _top:",
      "",
      "==========",
      "User Guide",
      "==========",
      "",
      "See ``config.yml`` and `the docs <https://example.com/docs>`_ or :ref:`Setup <setup>`.",
      "",
      ".. _setup:",
      "",
      "Setup",
      "=====",
      "",
      "Run this::",
      "",
      "    npm install",
      "",
      ".. note::",
      "   Back up first.",
      "",
      "Details",
      "-------",
      "",
      ".. a comment",
      "   hidden",
      "",
      "End.",
    ].join("\n");
    const result = await parse("guide.rst", source);
    expect(result.title).toBe("User Guide");
    expect(result.format).toBe("rst");
    expect(result.markdown).toBe(
      [
        "# User Guide {#top}",
        "See `config.yml` and [the docs](https://example.com/docs) or Setup.",
        "## Setup {#setup}",
        "Run this:",
        "```\nnpm install\n```",
        "> **Note:** Back up first.",
        "### Details",
        "End.",
      ].join("\n\n"),
    );
  });
});

describe("csv", () => {
  it("labels every value with its column, detecting ';' and quoted fields", async () => {
    const csv = 'Plan;Price (€);Notes\nBasic;10,00;"Includes; email"\nPro;20,00;"Two\nlines"\n;;\n';
    const result = await parse("prices.csv", csv);
    expect(result.format).toBe("csv");
    expect(result.title).toBe("prices");
    expect(result.markdown).toBe(
      "Plan: Basic; Price (€): 10,00; Notes: Includes; email\n\nPlan: Pro; Price (€): 20,00; Notes: Two lines",
    );
  });

  it("handles commas, escaped quotes and empty cells", async () => {
    const result = await parse("a.csv", 'name,city,quote\n"Doe, Jane",,"She said ""hi"""\n');
    expect(result.markdown).toBe('name: Doe, Jane; quote: She said "hi"');
  });
});

describe("json", () => {
  it("flattens values under their key paths, one paragraph per top-level entry", async () => {
    const json = JSON.stringify([
      { question: "How do I reset?", answer: "Click reset.\nThen wait.", tags: ["account"] },
      { question: "Refunds?", "meta data": { "x.y": 1, ok: true, none: null } },
    ]);
    const result = await parse("faq.json", json);
    expect(result.format).toBe("json");
    expect(result.markdown).toBe(
      [
        "[0].question: How do I reset?\n[0].answer: Click reset.\n  Then wait.\n[0].tags[0]: account",
        '[1].question: Refunds?\n[1]["meta data"]["x.y"]: 1\n[1]["meta data"].ok: true',
      ].join("\n\n"),
    );
    expect((await parse("o.json", '{"plans":{"pro":{"price":20}}}')).markdown).toBe("plans.pro.price: 20");
  });

  it("refuses invalid JSON", async () => {
    await expectAppError(parse("bad.json", "{nope"), "INVALID", /"bad\.json" is not valid JSON/);
  });
});

describe("xml", () => {
  it("labels element text with the element names around it", async () => {
    const xml =
      '<?xml version="1.0"?><catalog xmlns="urn:x" version="2"><book id="b1"><title>Dune</title><author>Herbert</author></book><book id="b2"><title>Emma &amp; co</title></book></catalog>';
    const result = await parse("catalog.xml", xml);
    expect(result.format).toBe("xml");
    expect(result.markdown).toBe(
      [
        "catalog: version=2",
        "catalog > book: id=b1\ncatalog > book > title: Dune\ncatalog > book > author: Herbert",
        "catalog > book: id=b2\ncatalog > book > title: Emma & co",
      ].join("\n\n"),
    );
  });

  it("refuses malformed XML", async () => {
    await expectAppError(parse("bad.xml", "<a><b></a>"), "INVALID", /"bad\.xml" could not be read as XML \(line 1/);
  });

  it("does not expand nested entity definitions (billion laughs)", async () => {
    const laughs = [
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lololololololololol">',
      ...Array.from({ length: 8 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`),
      "]><lolz>&lol8;</lolz>",
    ].join("");
    const result = await parse("lol.xml", laughs);
    expect(result.markdown.length).toBeLessThan(200);
  });

  it("treats XHTML saved as .xml as a web page", async () => {
    const result = await parse("page.xml", '<html lang="en"><body><h1 id="a">Title</h1><p>Body text</p></body></html>');
    expect(result.format).toBe("html");
    expect(result.markdown).toBe("# Title {#a}\n\nBody text");
  });
});
