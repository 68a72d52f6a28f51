import { describe, expect, it } from "vitest";
import { splitCitations, toSafeHref } from "@/widget/citations";

const sources = [
  { n: 1, title: "Returns", url: "https://a.example/returns" },
  { n: 2, title: "Refunds", url: "https://a.example/refunds" },
];

describe("splitCitations", () => {
  it("turns markers with a matching source into citations and leaves the rest as text", () => {
    expect(splitCitations("Within 30 days [1][2]. See item [7].", sources)).toEqual([
      { kind: "text", text: "Within 30 days " },
      { kind: "citation", source: sources[0] },
      { kind: "citation", source: sources[1] },
      { kind: "text", text: ". See item [7]." },
    ]);
  });

  it("returns plain text when there are no sources", () => {
    expect(splitCitations("Hello [1]", [])).toEqual([{ kind: "text", text: "Hello [1]" }]);
    expect(splitCitations("", sources)).toEqual([]);
  });
});

describe("toSafeHref", () => {
  it("allows only http and https links", () => {
    expect(toSafeHref("https://a.example/x?y=1")).toBe("https://a.example/x?y=1");
    expect(toSafeHref("javascript:alert(1)")).toBeUndefined();
    expect(toSafeHref("data:text/html,hi")).toBeUndefined();
    expect(toSafeHref("not a url")).toBeUndefined();
  });
});
