import { describe, expect, it } from "vitest";
import { diffSettings } from "@/server/agents/diff";
import { defaultAgentSettings, type AgentSettings } from "@/server/agents/settings";

const live = (): AgentSettings => ({ ...defaultAgentSettings(), name: "Ada", welcomeMessages: { en: "Hello!" } });

describe("diffSettings", () => {
  it("finds nothing between equal settings", () => {
    expect(diffSettings(live(), live())).toEqual([]);
  });

  it("labels each changed setting, per language for messages", () => {
    const draft: AgentSettings = {
      ...live(),
      name: "Ada Lovelace",
      welcomeMessages: { en: "Hello!", fr: "Bonjour !" },
      handoffMessages: { available: { sv: "En kollega kommer strax." }, unavailable: {} },
      model: "openai:gpt-4o-mini",
    };
    expect(diffSettings(draft, live())).toEqual([
      { field: "name", label: "Name", before: "Ada", after: "Ada Lovelace" },
      { field: "handoffMessages.available.sv", label: "Handoff message, someone available (sv)", before: null, after: "En kollega kommer strax." },
      { field: "welcomeMessages.fr", label: "Welcome message (fr)", before: null, after: "Bonjour !" },
      { field: "model", label: "Model", before: "local", after: "openai:gpt-4o-mini" },
    ]);
  });

  it("treats an empty message as the built-in one", () => {
    expect(diffSettings({ ...live(), welcomeMessages: { en: "Hello!", de: "  " } }, live())).toEqual([]);
  });

  it("ignores the order of sets but not of quick replies or languages", () => {
    const base: AgentSettings = { ...live(), allowedDomains: ["a.com", "b.com"], quickReplies: ["One", "Two"], languages: ["en", "sv"] };
    expect(diffSettings({ ...base, allowedDomains: ["b.com", "a.com"] }, base)).toEqual([]);
    expect(diffSettings({ ...base, quickReplies: ["Two", "One"] }, base).map((change) => change.field)).toEqual(["quickReplies"]);
    expect(diffSettings({ ...base, languages: ["sv", "en"] }, base).map((change) => change.field)).toEqual(["languages"]);
  });

  it("tells all sources apart from a chosen list", () => {
    const chosen: AgentSettings = { ...live(), sourceIds: [] };
    expect(diffSettings(chosen, live())).toEqual([{ field: "sourceIds", label: "Knowledge sources", before: null, after: [] }]);
  });
});
