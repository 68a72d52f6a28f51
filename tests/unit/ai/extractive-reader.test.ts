import { describe, expect, it } from "vitest";
import { composeExtractiveReply } from "@/server/ai/extractive/answer";
import type { PromptPassage } from "@/server/ai/extractive/read-prompt";
import { splitUnits } from "@/server/ai/extractive/sentences";
import { createLocalEmbedder } from "@/server/ai/local-embedder";

const embedder = createLocalEmbedder();
const passage = (n: number, heading: string, content: string, extra: Partial<PromptPassage> = {}): PromptPassage => ({ n, heading, content, language: "en", shortAnswer: false, ...extra });
const reply = (question: string, passages: PromptPassage[], replyLanguage = "en", turns: { role: "user" | "assistant"; text: string }[] = []) =>
  composeExtractiveReply(embedder, { system: "", passages, replyLanguage, standaloneQuestion: question, turns: [...turns, { role: "user", text: question }] });

describe("quotable units of a passage", () => {
  it("joins wrapped lines into whole sentences and removes markdown residue", () => {
    const units = splitUnits("## Versions\nGo to the record page of the record you want a new version of\n[in the repository](https://x.example/r).\nClick the \\- icon and **Save**.", "en");
    expect(units.map((unit) => unit.text)).toEqual(["Go to the record page of the record you want a new version of in the repository.", "Click the - icon and Save."]);
  });

  it("keeps list items as items, and drops headings written as plain text and questions", () => {
    const units = splitUnits("Opening hours\nWhen can I call?\nTo reach us:\n- call 555 0100\n- write to the office", "en");
    expect(units).toEqual([
      { text: "To reach us:", index: 0, list: -1, introduces: true },
      { text: "call 555 0100", index: 1, list: 0, introduces: false },
      { text: "write to the office", index: 2, list: 0, introduces: false },
    ]);
  });
});

describe("the extractive reply", () => {
  it("picks the sentence that answers the question's kind of fact, not the passage's first line", () => {
    const text = reply("Is the help desk open on Fridays?", [
      passage(1, "Help desk", "Click the cogwheel icon to open your settings before you write to us. On Fridays the help desk is closed. We answer within a day."),
    ]);
    expect(text).toBe("<decision>answer</decision>\nOn Fridays the help desk is closed [1].");
  });

  it("quotes a list as a list under its introduction, with one citation", () => {
    const text = reply("How do I reach the office?", [passage(1, "Contact", "To reach the office:\n- call 555 0100 on weekdays\n- write to the office address")]);
    expect(text).toBe("<decision>answer</decision>\nTo reach the office:\n- call 555 0100 on weekdays\n- write to the office address [1]");
  });

  it("quotes a short answer as written, alone", () => {
    const text = reply("What is the maximum file size?", [passage(1, "What is the maximum file size?", "Files can be up to 50 GB each.", { shortAnswer: true }), passage(2, "Uploads", "Each file can be up to 10 GB.")]);
    expect(text).toBe("<decision>answer</decision>\nFiles can be up to 50 GB each [1].");
  });

  it("quotes passages in another language under a lead-in in the reply language", () => {
    const text = reply("Comment exporter une note en PDF ?", [passage(1, "Export", "You can export any note as a PDF file from the Share menu.")], "fr");
    expect(text).toBe("<decision>answer</decision>\nNotre documentation répond à cette question en anglais :\nYou can export any note as a PDF file from the Share menu [1].");
  });

  it("does not repeat what the previous reply already said", () => {
    const passages = [passage(1, "Help desk", "The help desk answers from Monday to Thursday. On Fridays the help desk is closed.")];
    const text = reply("When is the help desk open? and on Fridays?", passages, "en", [{ role: "assistant", text: "The help desk answers from Monday to Thursday [1]." }]);
    expect(text).toBe("<decision>answer</decision>\nOn Fridays the help desk is closed [1].");
  });

  it("clarifies when no passage has a sentence to quote", () => {
    expect(reply("What is this?", [passage(1, "Menu", "Home\nAbout")])).toBe("<decision>clarify</decision>\n");
  });
});
