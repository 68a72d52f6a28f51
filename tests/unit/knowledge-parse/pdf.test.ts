import { describe, expect, it } from "vitest";
import { parseDocument } from "@/server/knowledge/parse";
import { buildPdf } from "@/tests/support/fixtures/pdf";
import { encode, expectAppError } from "./helpers";

describe("pdf", () => {
  it("extracts the text of every page and the title from the document info", async () => {
    const bytes = buildPdf([["Refund policy", "Refunds are possible within 30 days."], ["Contact support (any time)."]], {
      title: "Refunds",
    });
    const result = await parseDocument({ filename: "refunds.pdf", bytes });
    expect(result).toEqual({
      title: "Refunds",
      markdown: "Refund policy\nRefunds are possible within 30 days.\n\nContact support (any time).",
      format: "pdf",
    });
  });

  it("leaves the caller's bytes usable (pdf.js detaches the buffer it is given)", async () => {
    const bytes = buildPdf([["Hello"]]);
    await parseDocument({ filename: "a.pdf", bytes });
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await parseDocument({ filename: "a.pdf", bytes })).markdown).toBe("Hello");
  });

  it("uses the filename when the PDF has no title", async () => {
    const result = await parseDocument({ filename: "Terms 2024.pdf", bytes: buildPdf([["Terms"]]) });
    expect(result.title).toBe("Terms 2024");
  });

  it("refuses encrypted, corrupt and text-less PDFs with clear messages", async () => {
    await expectAppError(
      parseDocument({ filename: "secret.pdf", bytes: buildPdf([["x"]], { encrypted: true }) }),
      "INVALID",
      /"secret\.pdf" is password-protected/,
    );
    await expectAppError(
      parseDocument({ filename: "broken.pdf", bytes: encode("%PDF-1.4\nthis is not a pdf body") }),
      "INVALID",
      /"broken\.pdf" could not be read as a PDF/,
    );
    await expectAppError(parseDocument({ filename: "fake.pdf", bytes: encode("hello") }), "INVALID", /could not be read as a PDF/);
    await expectAppError(
      parseDocument({ filename: "scan.pdf", bytes: buildPdf([[]]) }),
      "INVALID",
      /no selectable text .*OCR/,
    );
  });
});
