import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShortAnswer } from "@/server/knowledge";
import type { HistoryTurn } from "@/server/chat/types";
import { lumenPages, lumenShortAnswer } from "../../support/fixtures/lumen-help";
import { crawlDeps, runCrawl } from "../knowledge-crawl/crawl-harness";
import { agentSettings, engineDeps, indexSite, visitorTurn, type IndexedSite } from "./support/engine-harness";

/** The built-in model on a small invented help site, through the real crawl, index and retriever. */
let site: IndexedSite;
const agent = agentSettings({ guidelines: "" });

beforeAll(async () => {
  site = await indexSite(Object.fromEntries(Object.entries(lumenPages).map(([path, body]) => [path, { body }])));
  const { event } = await createShortAnswer(site.scope, lumenShortAnswer);
  await runCrawl(site.scope, crawlDeps([]), event.data.sourceId as string, { runId: event.data.runId as string });
}, 60_000);
afterAll(async () => site?.close());

const ask = (message: string, history: HistoryTurn[] = []) => visitorTurn(engineDeps(site.retrieve), message, { agent, history });

describe("answers a visitor can trust", () => {
  it("quotes the sentence that answers, whole, with one supporting citation", async () => {
    const { record } = await ask("Is the help desk open on Fridays?");
    expect(record.decision).toBe("answer");
    expect(record.text).toContain("On Fridays the help desk is closed");
    expect(record.citations).toHaveLength(1);
    expect(record.citations[0]!.url).toContain("/help-desk.html");
  });

  it("does not answer a question the site does not cover", async () => {
    const { record } = await ask("Can I pay my library parking fine through this service?");
    expect(record.decision).not.toBe("answer");
    expect(record.citations).toEqual([]);
  });

  it("quotes a short answer as written for its own question and for a paraphrase, over the site's contradicting page", async () => {
    for (const question of [lumenShortAnswer.question, "How big can the files I attach be?"]) {
      const { record } = await ask(question);
      expect(record.decision, question).toBe("answer");
      expect(record.text, question).toBe("Files can be up to 50 GB each on every plan [1].");
      expect(record.text).not.toContain("Also asked as");
      expect(record.text).not.toContain("10 GB");
    }
  });

  it("retrieves a self-contained new question on its own after another topic", async () => {
    const history: HistoryTurn[] = [
      { role: "visitor", text: "Is the help desk open on Fridays?" },
      { role: "agent", text: "On Fridays the help desk is closed [1].", decision: "answer" },
    ];
    const shifted = await ask("How do I create an account with my GitHub profile?", history);
    expect(shifted.record.trace.standaloneQuestion).toBe("How do I create an account with my GitHub profile?");
    expect(shifted.record.citations.map((citation) => citation.url)).not.toContainEqual(expect.stringContaining("/help-desk.html"));
    const outOfScope = await ask("Can I pay my library parking fine through this service?", history);
    expect(outOfScope.record.decision).not.toBe("answer");
  });

  it("reads a follow-up that points back together with the conversation", async () => {
    const history: HistoryTurn[] = [
      { role: "visitor", text: "When does the help desk answer chat messages?" },
      { role: "agent", text: "The help desk answers chat messages from Monday to Thursday, 9:00 to 17:00 Central European Time [1].", decision: "answer" },
    ];
    const { record } = await ask("and on Fridays?", history);
    expect(record.trace.standaloneQuestion).toContain("help desk");
    expect(record.decision).toBe("answer");
    expect(record.text).toContain("On Fridays the help desk is closed");
  });

  it("answers a French question about English content by quoting it under a French lead-in", async () => {
    const { record } = await ask("Comment créer un compte avec mon profil GitHub ?");
    expect(record.language).toBe("fr");
    expect(record.decision).toBe("answer");
    expect(record.text).toMatch(/^Notre documentation répond à cette question en anglais :\n/);
    expect(record.text).toContain("account with your GitHub profile");
    expect(record.citations.map((citation) => citation.url)).toEqual([expect.stringContaining("/sign-up.html")]);
  });
});
