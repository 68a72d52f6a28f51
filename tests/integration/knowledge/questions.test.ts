import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { knowledgeDocuments } from "@/db/schema";
import { suggestQuestions } from "@/server/chat-runtime/suggestions";
import { addFileSource, createShortAnswer, listQuestionCandidates } from "@/server/knowledge";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { crawlDeps, runCrawl, workspaceScope } from "../knowledge-crawl/crawl-harness";

const faq = `# Billing help

Everything about paying for your plan and the invoices we send every month to your company.

## Can I pay by invoice?

Yes. Companies on the yearly plan can pay by invoice within thirty days of the invoice date.

- **Which cards do you accept?**
  We accept Visa and Mastercard for monthly plans and for yearly plans alike.

## Changing the billing email

Open the billing settings and type the new address. Receipts go there from the next month.
`;

const swedish = `# Fakturor och betalning

Alla fakturor skickas med e-post till den adress som står i faktureringsinställningarna.

## Byta faktureringsadress

Öppna inställningarna för fakturering och skriv in den nya adressen som ska få fakturorna.
`;

const numbers = `# 2024-11

| Code | Value |
| --- | --- |
| 42 | 17 |
`;

describe("question candidates from the knowledge", () => {
  let handle: PgliteHandle;
  let scope: WorkspaceScope;
  let faqSource: string;
  let swedishSource: string;

  async function upload(filename: string, text: string) {
    const { source } = await addFileSource(scope, { filename, contentType: "text/markdown", bytes: new TextEncoder().encode(text) }, { maxBytes: 2_000_000, canTranscribe: false });
    await runCrawl(scope, crawlDeps([]), source.id);
    return source.id;
  }

  beforeAll(async () => {
    handle = await createTestDb();
    scope = await workspaceScope(handle.db);
    faqSource = await upload("billing.md", faq);
    swedishSource = await upload("fakturor.md", swedish);
    await upload("numbers.md", numbers);
  });
  afterAll(() => handle.close());

  it("offers the questions written in the content before headings asked about, and never a bare title", async () => {
    const questions = await listQuestionCandidates(scope, { sourceIds: [faqSource], languages: ["en"], limit: 6 });
    expect(questions.slice(0, 2)).toEqual(["Can I pay by invoice?", "Which cards do you accept?"]);
    expect(questions).toContain('What should I know about "Changing the billing email"?');
    expect(questions).not.toContain("Billing help");
    expect(questions.every((question) => /\?$/.test(question))).toBe(true);
  });

  it("asks about headings in their own language and leaves out what has no words to ask about", async () => {
    const questions = await listQuestionCandidates(scope, { sourceIds: null, languages: ["sv", "en"], limit: 20 });
    expect(questions[0]).toBe("Vad behöver jag veta om ”Byta faktureringsadress”?");
    expect(questions.indexOf("Vad behöver jag veta om ”Fakturor och betalning”?")).toBeLessThan(questions.indexOf("Can I pay by invoice?"));
    expect(questions.some((question) => question.includes("2024-11"))).toBe(false);
  });

  it("puts the workspace's short-answer questions first, and keeps to the agent's sources", async () => {
    const { event } = await createShortAnswer(scope, { question: "Is there a discount for charities?", variants: [], answer: "Yes, half price." });
    await runCrawl(scope, crawlDeps([]), event.data.sourceId as string, { runId: event.data.runId as string });
    expect((await listQuestionCandidates(scope, { sourceIds: null, languages: ["en"], limit: 6 }))[0]).toBe("Is there a discount for charities?");
    const fromSwedish = await listQuestionCandidates(scope, { sourceIds: [swedishSource], languages: ["en"], limit: 6 });
    expect(fromSwedish).not.toContain("Is there a discount for charities?");
    expect(fromSwedish).not.toContain("Can I pay by invoice?");
    expect(await listQuestionCandidates(scope, { sourceIds: [], languages: ["en"], limit: 6 })).toEqual([]);
  });

  it("suggests to a visitor questions about the page they are on, in their language only", async () => {
    await handle.db.update(knowledgeDocuments).set({ url: "https://shop.example/help/billing/" }).where(eq(knowledgeDocuments.sourceId, faqSource));
    const onPage = await suggestQuestions(handle.db, { workspaceId: scope.workspaceId, sourceIds: null, pageUrl: "https://shop.example/help/billing#top", language: "en" });
    expect(onPage).toEqual(["Can I pay by invoice?", "Which cards do you accept?", 'What should I know about "Changing the billing email"?']);
    const inSwedish = await suggestQuestions(handle.db, { workspaceId: scope.workspaceId, sourceIds: [faqSource, swedishSource], pageUrl: "https://elsewhere.example/", language: "sv" });
    expect(inSwedish.length).toBeGreaterThan(0);
    expect(inSwedish.every((question) => question.startsWith("Vad behöver jag veta om"))).toBe(true);
  });

  it("never reads another workspace's knowledge", async () => {
    const other = await workspaceScope(handle.db);
    expect(await listQuestionCandidates(other, { sourceIds: null, languages: ["en"], limit: 6 })).toEqual([]);
    expect(await listQuestionCandidates(other, { sourceIds: [faqSource], languages: ["en"], limit: 6 })).toEqual([]);
  });
});
