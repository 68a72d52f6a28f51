import { describe, expect, it } from "vitest";
import { fromForm, normalizeDomain, sameSettings, toForm, validateForm } from "@/components/agents/form-model";
import { defaultAgentSettings } from "@/server/agents/settings";

describe("agent form model", () => {
  it("round-trips settings through the form unchanged", () => {
    const settings = { ...defaultAgentSettings(), quickReplies: ["Track my order", "Returns"], allowedDomains: ["example.com"], sourceIds: [] };
    expect(fromForm(toForm(settings))).toEqual(settings);
  });

  it("turns one-per-line text into clean lists and drops empty messages", () => {
    const form = {
      ...toForm(defaultAgentSettings()),
      quickReplies: "  Where is my order? \n\n Returns\n",
      handoffTriggers: "human\nhuman\nagent please",
      allowedDomains: "https://Shop.Example.com/contact\n*.example.org\nlocalhost:3000/",
      welcomeMessages: { en: " Hello! ", fr: "   " },
      allSources: true,
      sourceIds: ["ignored-when-all"],
    };
    const settings = fromForm(form);
    expect(settings.quickReplies).toEqual(["Where is my order?", "Returns"]);
    expect(settings.handoffTriggers).toEqual(["human", "agent please"]);
    expect(settings.allowedDomains).toEqual(["shop.example.com", "*.example.org", "localhost:3000"]);
    expect(settings.welcomeMessages).toEqual({ en: "Hello!" });
    expect(settings.sourceIds).toBeNull();
  });

  it("sees no difference in whitespace or key order, but sees real edits", () => {
    const base = defaultAgentSettings();
    const reordered = { ...base, welcomeMessages: { fr: "Salut", en: "Hi" } };
    expect(sameSettings(fromForm(toForm(reordered)), { ...base, welcomeMessages: { en: "Hi", fr: "Salut" } })).toBe(true);
    expect(sameSettings(fromForm({ ...toForm(base), name: `${base.name} ` }), base)).toBe(true);
    expect(sameSettings(fromForm({ ...toForm(base), name: "Other" }), base)).toBe(false);
  });

  it("points at the line that is not a domain and at other problems", () => {
    const errors = validateForm({
      ...toForm(defaultAgentSettings()),
      name: " ",
      allowedDomains: "example.com\nnot a domain",
      quickReplies: "1\n2\n3\n4\n5\n6\n7",
      avatarUrl: "javascript:alert(1)",
      languages: [],
    });
    expect(errors.name).toBe("Give the agent a name.");
    expect(errors.allowedDomains).toContain("“not a domain”");
    expect(errors.quickReplies).toBe("At most 6 quick replies.");
    expect(errors.avatarUrl).toBeDefined();
    expect(errors.languages).toBeDefined();
    expect(validateForm(toForm(defaultAgentSettings()))).toEqual({});
  });

  it("normalizes what people paste as a domain", () => {
    expect(normalizeDomain("HTTPS://www.Example.com:8443/path?q=1")).toBe("www.example.com:8443");
    expect(normalizeDomain("https://example.com")).toBe("example.com");
    expect(normalizeDomain("example.com.")).toBe("example.com");
    expect(normalizeDomain("exa mple.com")).toBeNull();
    expect(normalizeDomain("http://")).toBeNull();
  });
});
