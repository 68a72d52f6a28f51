import { DOMParser } from "linkedom";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FormField } from "@/components/ui/form-field";
import { getInitials } from "@/components/ui/initials";
import { Input } from "@/components/ui/input";
import { Progress } from "@/components/ui/progress";

function parse(html: string) {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
}

describe("cn", () => {
  it("lets a later Tailwind utility override a conflicting earlier one", () => {
    const hidden = false;
    expect(cn("px-2 text-sm", hidden && "hidden", "px-4")).toBe("text-sm px-4");
  });
});

describe("getInitials", () => {
  it.each([
    ["Ada Lovelace", "AL"],
    ["  grace   brewster murray hopper ", "GH"],
    ["ada.lovelace@example.com", "AL"],
    ["Émile", "É"],
    ["", "?"],
    [null, "?"],
  ])("%s → %s", (name, expected) => {
    expect(getInitials(name)).toBe(expected);
  });
});

describe("Button", () => {
  it("is disabled, busy and shows a decorative spinner while loading", () => {
    const html = renderToStaticMarkup(h(Button, { loading: true }, "Save"));
    const button = parse(html).querySelector("button");
    expect(button?.hasAttribute("disabled")).toBe(true);
    expect(button?.getAttribute("aria-busy")).toBe("true");
    expect(button?.querySelector('[data-slot="spinner"]')?.getAttribute("aria-hidden")).toBe("true");
    expect(button?.textContent).toBe("Save");
  });

  it("renders its child as the element with asChild and keeps links inert while loading", () => {
    const html = renderToStaticMarkup(
      h(Button, { asChild: true, loading: true, variant: "outline" }, h("a", { href: "/x" }, "Go")),
    );
    const link = parse(html).querySelector("a");
    expect(link?.getAttribute("data-slot")).toBe("button");
    expect(link?.getAttribute("aria-disabled")).toBe("true");
    expect(link?.className).toContain("border-input");
    expect(parse(html).querySelector("button")).toBeNull();
  });
});

describe("FormField", () => {
  it("wires label, description and error to the control", () => {
    const html = renderToStaticMarkup(
      h(FormField, {
        id: "email",
        label: "Email",
        description: "We reply here.",
        error: "Enter an email.",
        children: h(Input, { type: "email" }),
      }),
    );
    const doc = parse(html);
    const input = doc.querySelector("input");
    expect(input?.id).toBe("email");
    expect(doc.querySelector("label")?.getAttribute("for")).toBe("email");
    expect(input?.getAttribute("aria-invalid")).toBe("true");
    const describedBy = input?.getAttribute("aria-describedby")?.split(" ") ?? [];
    expect(describedBy.map((id: string) => doc.getElementById(id)?.textContent)).toEqual([
      "We reply here.",
      "Enter an email.",
    ]);
  });

  it("leaves the control valid and undescribed when there is nothing to say", () => {
    const html = renderToStaticMarkup(h(FormField, { id: "name", label: "Name", children: h(Input) }));
    const input = parse(html).querySelector("input");
    expect(input?.hasAttribute("aria-invalid")).toBe(false);
    expect(input?.hasAttribute("aria-describedby")).toBe(false);
  });
});

describe("FormField with a render function", () => {
  it("hands the wiring to a nested control", () => {
    const html = renderToStaticMarkup(
      h(FormField, {
        id: "tone",
        label: "Tone",
        error: "Pick a tone.",
        required: true,
        children: (control) => h("div", null, h("button", { type: "button", ...control })),
      }),
    );
    const button = parse(html).querySelector("button");
    expect(button?.id).toBe("tone");
    expect(button?.getAttribute("aria-describedby")).toBe("tone-error");
    expect(button?.getAttribute("aria-invalid")).toBe("true");
    expect(button?.getAttribute("aria-required")).toBe("true");
  });
});

describe("Alert", () => {
  it("announces errors assertively and information politely", () => {
    const error = parse(renderToStaticMarkup(h(Alert, { variant: "destructive" }, "Failed")));
    const info = parse(renderToStaticMarkup(h(Alert, null, "Saved")));
    expect(error.querySelector('[data-slot="alert"]')?.getAttribute("role")).toBe("alert");
    expect(info.querySelector('[data-slot="alert"]')?.getAttribute("role")).toBe("status");
  });
});

describe("Progress", () => {
  it("exposes its name and value to assistive tech", () => {
    const doc = parse(renderToStaticMarkup(h(Progress, { label: "Indexing", value: 30, max: 60 })));
    const bar = doc.querySelector('[role="progressbar"]');
    const labelId = bar?.getAttribute("aria-labelledby") ?? "";
    expect(doc.getElementById(labelId)?.textContent).toBe("Indexing");
    expect(bar?.getAttribute("aria-valuenow")).toBe("30");
    expect(bar?.getAttribute("aria-valuemax")).toBe("60");
    expect(bar?.getAttribute("aria-valuetext")).toBe("50%");
  });
});
