import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { conversations, messages } from "@/db/schema";
import { createAgent, getLiveAgent, publishAgent, updateDraft, type AgentSettings } from "@/server/agents";
import { composeChatService, handleChatRequest } from "@/server/chat-runtime";
import { createLimits } from "@/server/rate-limits";
import { handlePreviewRequest } from "@/server/chat-runtime/preview";
import { addFileSource, createArticle, createShortAnswer } from "@/server/knowledge";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { addMember, createWorkspaceWithOwner } from "../../support/factories";
import { crawlDeps, embedder, runCrawl } from "../knowledge-crawl/crawl-harness";

type Chunk = { type: string; data?: Record<string, unknown>; delta?: string; url?: string; title?: string; sourceId?: string };
type Trace = {
  decision: string;
  confidence: number | null;
  triggers: string[];
  standaloneQuestion: string | null;
  replyLanguage: string;
  passages: { n: number; title: string; headingPath: string[]; score: number; vectorSimilarity: number | null; textScore: number | null; excerpt: string }[];
  citations: { n: number; title: string }[];
  model: string;
  latencyMs: number;
};

/** The `data: <json>` events of an AI SDK UI message stream, up to `[DONE]`. */
async function readChunks(response: Response): Promise<Chunk[]> {
  const text = await response.text();
  const events = text.split("\n\n").flatMap((event) => event.split("\n").filter((line) => line.startsWith("data: ")).map((line) => line.slice(6)));
  expect(events.at(-1)).toBe("[DONE]");
  return events.slice(0, -1).map((data) => JSON.parse(data) as Chunk);
}

function replyOf(chunks: Chunk[]) {
  const trace = chunks.find((chunk) => chunk.type === "data-trace")?.data as Trace | undefined;
  const conversation = chunks.find((chunk) => chunk.type === "data-conversation")?.data as { conversationId: string };
  return {
    text: chunks.map((chunk) => (chunk.type === "text-delta" ? chunk.delta : "")).join(""),
    decision: (chunks.find((chunk) => chunk.type === "data-decision")?.data as { decision: string } | undefined)?.decision,
    sources: chunks.filter((chunk) => chunk.type === "source-url"),
    conversationId: conversation.conversationId,
    trace,
  };
}

async function publishArticle(scope: WorkspaceScope, title: string, body: string) {
  const { event } = await createArticle(scope, { title, body, status: "published" });
  await runCrawl(scope, crawlDeps([]), event!.data.sourceId as string, { runId: event!.data.runId as string });
  return event!.data.sourceId as string;
}

async function uploadMarkdown(scope: WorkspaceScope, filename: string, text: string) {
  const { source } = await addFileSource(scope, { filename, contentType: "text/markdown", bytes: new TextEncoder().encode(text) }, { maxBytes: 2_000_000, canTranscribe: false });
  await runCrawl(scope, crawlDeps([]), source.id);
  return source.id;
}

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("agent preview", () => {
  let handle: PgliteHandle;
  let scope: WorkspaceScope;
  let ownerId: string;
  let articlesSource: string;
  let swedishSource: string;
  let agentId: string;
  let caller: Awaited<ReturnType<typeof createWorkspaceWithOwner>>["caller"];

  const preview = (userId: string | undefined, body: unknown, ids: { workspaceId?: string; agentId?: string } = {}) =>
    handlePreviewRequest(
      handle.db,
      new Request("http://127.0.0.1:3000/api/preview", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) }),
      { workspaceId: ids.workspaceId ?? scope.workspaceId, agentId: ids.agentId ?? agentId, userId },
      { embedder: async () => embedder },
    );

  async function editDraft(change: Partial<AgentSettings>) {
    const agent = await caller.agents.get({ workspaceId: scope.workspaceId, agentId });
    return updateDraft(scope, agentId, { ...agent.draft, ...change }, { expectedDraftUpdatedAt: agent.draftUpdatedAt });
  }

  /** The live widget's endpoint, as a visitor on the app's own origin calls it. */
  async function askLive(text: string) {
    const service = composeChatService(handle.db, async () => embedder, createLimits({ kind: "memory" }), "http://127.0.0.1:3000");
    const request = new Request(`http://127.0.0.1:3000/api/chat/${agentId}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://127.0.0.1:3000" },
      body: JSON.stringify({ visitorId: "visitor-12345678", message: { id: "m1", text }, locale: "en" }),
    });
    return replyOf(await readChunks(await handleChatRequest(request, agentId, service)));
  }

  beforeAll(async () => {
    handle = await createTestDb();
    const base = await createWorkspaceWithOwner(handle.db);
    ownerId = base.owner.id;
    caller = base.caller;
    scope = { db: handle.db, workspaceId: base.workspace.id, actorId: ownerId };
    await publishArticle(scope, "Shipping times", "## Delivery to Europe\n\nOrders to Europe arrive in three to five working days.\n\n## Rest of the world\n\nOther destinations take up to three weeks.");
    articlesSource = await publishArticle(scope, "Returning an item", "You can return unused items within thirty days for a full refund. Print the return label from your order page.");
    swedishSource = await uploadMarkdown(scope, "leveranstider.md", "# Leveranstider i Sverige\n\nBeställningar inom Sverige levereras inom två arbetsdagar. Vi skickar med Postnord.");
    const agent = await createAgent(scope, { name: "Sunny" });
    agentId = agent.id;
    await publishAgent(scope, agentId);
  });
  afterAll(() => handle.close());

  it("streams a cited answer with the reasoning behind it, in a preview conversation", async () => {
    const response = await preview(ownerId, { message: { text: "How long does delivery to Europe take?" }, locale: "en-GB" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reply = replyOf(await readChunks(response));

    expect(reply.decision).toBe("answer");
    expect(reply.text).toContain("three to five working days");
    expect(reply.sources[0]).toMatchObject({ title: "Shipping times", sourceId: "1" });
    expect(reply.trace).toBeDefined();
    const trace = reply.trace!;
    expect(trace).toMatchObject({ decision: "answer", triggers: [], replyLanguage: "en", standaloneQuestion: "How long does delivery to Europe take?" });
    expect(trace.confidence).toBeGreaterThan(0);
    expect(trace.passages[0]).toMatchObject({ n: 1, title: "Shipping times", headingPath: ["Delivery to Europe"] });
    expect(trace.passages[0]!.score).toBeGreaterThan(0);
    expect(trace.passages[0]!.excerpt).toContain("three to five working days");
    expect(trace.citations[0]).toMatchObject({ n: 1, title: "Shipping times" });
    expect(trace.citations.every((citation) => trace.passages.some((passage) => passage.n === citation.n && passage.title === citation.title))).toBe(true);
    expect(trace.model).toBeTruthy();
    expect(trace.latencyMs).toBeGreaterThanOrEqual(0);

    const [stored] = await handle.db.select().from(conversations).where(eq(conversations.id, reply.conversationId));
    expect(stored).toMatchObject({ channel: "preview", visitorId: `preview:${ownerId}`, agentId });
    const rows = await handle.db.select().from(messages).where(eq(messages.conversationId, reply.conversationId));
    expect(rows.map((row) => row.role).sort()).toEqual(["agent", "visitor"]);
  });

  it("continues a conversation with its id and starts a new one without it", async () => {
    const first = replyOf(await readChunks(await preview(ownerId, { message: { text: "How long does delivery to Europe take?" } })));
    const second = replyOf(await readChunks(await preview(ownerId, { conversationId: first.conversationId, message: { text: "And to the rest of the world?" } })));
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.trace?.standaloneQuestion).not.toBe("And to the rest of the world?");
    const reset = replyOf(await readChunks(await preview(ownerId, { message: { text: "How do returns work?" } })));
    expect(reset.conversationId).not.toBe(first.conversationId);
    const rows = await handle.db.select().from(messages).where(eq(messages.conversationId, first.conversationId));
    expect(rows).toHaveLength(4);
  });

  it("uses the draft: a new handoff trigger works in preview and not on the live widget until published", async () => {
    await editDraft({ handoffTriggers: ["refund"] });
    const question = "Can I get a refund for an unused item?";

    const previewed = replyOf(await readChunks(await preview(ownerId, { message: { text: question } })));
    expect(previewed.decision).toBe("handoff");
    expect(previewed.trace?.triggers).toEqual(["refund"]);

    expect((await getLiveAgent(handle.db, agentId))?.settings.handoffTriggers).toEqual([]);
    const live = await askLive(question);
    expect(live.decision).not.toBe("handoff");

    await publishAgent(scope, agentId);
    expect((await askLive(question)).decision).toBe("handoff");
  });

  it("uses the draft's knowledge sources", async () => {
    await editDraft({ handoffTriggers: [], sourceIds: [swedishSource] });
    const reply = replyOf(await readChunks(await preview(ownerId, { message: { text: "How long does delivery to Europe take?" } })));
    expect(reply.decision).not.toBe("answer");
    expect(reply.trace?.passages.length).toBeGreaterThan(0);
    expect(new Set(reply.trace?.passages.map((passage) => passage.title))).toEqual(new Set(["Leveranstider i Sverige"]));
    expect((await getLiveAgent(handle.db, agentId))?.settings.sourceIds).toBeNull();
    expect((await askLive("How long does delivery to Europe take?")).decision).toBe("answer");
    await editDraft({ sourceIds: null });
  });

  it("is for people who configure agents, in their own workspace", async () => {
    const body = { message: { text: "Hello there" } };
    const viewer = await addMember(handle.db, scope.workspaceId, "viewer");
    const supportAgent = await addMember(handle.db, scope.workspaceId, "agent");
    const editor = await addMember(handle.db, scope.workspaceId, "editor");
    const stranger = await createWorkspaceWithOwner(handle.db, "Other Co");
    const strangerAgent = await createAgent({ db: handle.db, workspaceId: stranger.workspace.id }, { name: "Theirs" });

    expect((await preview(undefined, body)).status).toBe(401);
    expect((await preview(viewer.user.id, body)).status).toBe(403);
    expect((await preview(supportAgent.user.id, body)).status).toBe(403);
    expect((await preview(stranger.owner.id, body)).status).toBe(404);
    expect((await preview(ownerId, body, { agentId: strangerAgent.id })).status).toBe(404);
    expect((await preview(ownerId, body, { agentId: "not-an-id" })).status).toBe(404);
    expect((await preview(editor.user.id, body)).status).toBe(200);
  });

  it("refuses malformed bodies", async () => {
    const bad = await preview(ownerId, "{not json");
    expect(bad.status).toBe(400);
    expect((await preview(ownerId, { message: { text: "   " } })).status).toBe(400);
    const wrongId = await preview(ownerId, { conversationId: "42", message: { text: "Hi" } });
    expect(wrongId.status).toBe(400);
    expect(await wrongId.json()).toMatchObject({ error: { code: "INVALID" } });
  });

  it("never continues another person's preview or a visitor's conversation", async () => {
    const mine = replyOf(await readChunks(await preview(ownerId, { message: { text: "How do returns work?" } })));
    const editor = await addMember(handle.db, scope.workspaceId, "editor");
    const theirs = replyOf(await readChunks(await preview(editor.user.id, { conversationId: mine.conversationId, message: { text: "How do returns work?" } })));
    expect(theirs.conversationId).not.toBe(mine.conversationId);
    const live = await askLive("How do returns work?");
    const fromPreview = replyOf(await readChunks(await preview(ownerId, { conversationId: live.conversationId, message: { text: "Hi" } })));
    expect(fromPreview.conversationId).not.toBe(live.conversationId);
    const [visitorConversation] = await handle.db.select().from(conversations).where(eq(conversations.id, live.conversationId));
    expect(visitorConversation?.channel).toBe("web");
  });

  describe("test questions", () => {
    it("lists short-answer questions first, then headings and titles asked as questions, without repeats", async () => {
      const { event } = await createShortAnswer(scope, { question: "Do you ship to Europe?", variants: [], answer: "Yes, to every EU country." });
      await runCrawl(scope, crawlDeps([]), event.data.sourceId as string, { runId: event.data.runId as string });
      const questions = await caller.agents.testQuestions({ workspaceId: scope.workspaceId, agentId });
      expect(questions[0]).toBe("Do you ship to Europe?");
      expect(questions).toEqual(expect.arrayContaining(['What should I know about "Delivery to Europe"?', 'What should I know about "Returning an item"?']));
      expect(questions.every((question) => question.endsWith("?"))).toBe(true);
      // The agent's first language is English: the Swedish file comes after every English heading.
      expect(questions.at(-1)).toBe("Vad behöver jag veta om ”Leveranstider i Sverige”?");
      expect(questions.indexOf('What should I know about "Delivery to Europe"?')).toBeLessThan(questions.indexOf('What should I know about "Returning an item"?'));
      expect(questions.length).toBeLessThanOrEqual(6);
      expect(new Set(questions.map((question) => question.toLowerCase())).size).toBe(questions.length);
      expect(questions.every((question) => question.length >= 8 && question.length <= 90)).toBe(true);
    });

    it("draws only from the draft's sources, in its first language first", async () => {
      await editDraft({ sourceIds: [articlesSource, swedishSource], languages: ["sv", "en"] });
      const questions = await caller.agents.testQuestions({ workspaceId: scope.workspaceId, agentId });
      expect(questions[0]).toBe("Vad behöver jag veta om ”Leveranstider i Sverige”?");
      expect(questions).toContain('What should I know about "Returning an item"?');
      expect(questions).not.toContain("Do you ship to Europe?");

      await editDraft({ sourceIds: [swedishSource] });
      expect(await caller.agents.testQuestions({ workspaceId: scope.workspaceId, agentId })).toEqual(["Vad behöver jag veta om ”Leveranstider i Sverige”?"]);

      await editDraft({ sourceIds: [] });
      expect(await caller.agents.testQuestions({ workspaceId: scope.workspaceId, agentId })).toEqual([]);
      await editDraft({ sourceIds: null, languages: ["en", "fr", "sv", "de", "es"] });
    });

    it("is for people who configure agents, in their own workspace", async () => {
      const viewer = await addMember(handle.db, scope.workspaceId, "viewer");
      expect((await failure(viewer.caller.agents.testQuestions({ workspaceId: scope.workspaceId, agentId }))).code).toBe("FORBIDDEN");
      const stranger = await createWorkspaceWithOwner(handle.db, "Elsewhere");
      expect((await failure(stranger.caller.agents.testQuestions({ workspaceId: scope.workspaceId, agentId }))).code).toBe("NOT_FOUND");
      expect((await failure(stranger.caller.agents.testQuestions({ workspaceId: stranger.workspace.id, agentId }))).code).toBe("NOT_FOUND");
    });
  });
});
