import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { knowledgeSources } from "@/db/schema";
import { composeVisitorApi, handleConversationHistory, handlePreviewRequest } from "@/server/chat-runtime";
import { createLimits } from "@/server/rate-limits";
import { appRouter } from "@/server/trpc/root";
import { createTestDb } from "../../support/db";
import { addMember, createWorkspaceWithOwner } from "../../support/factories";
import { readUiStream } from "../../support/chat/ui-stream";
import { embedder } from "../knowledge-crawl/crawl-harness";

type Setup = Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
interface VictimObjects {
  agentId: string;
  sourceId: string;
  articleId: string;
  shortAnswerId: string;
  invitationId: string;
  memberId: string;
  conversationId: string;
}

/**
 * Each procedure that takes an object id, called by the owner of another workspace with their own
 * workspace id and the victim's object id. Listed by hand because each needs a valid input; the
 * completeness check below fails when a procedure with an object id is missing here.
 */
const attempts: Record<string, (own: { workspaceId: string; draft: Record<string, unknown> }, victim: VictimObjects) => unknown> = {
  "agents.get": (own, victim) => ({ workspaceId: own.workspaceId, agentId: victim.agentId }),
  "agents.testQuestions": (own, victim) => ({ workspaceId: own.workspaceId, agentId: victim.agentId }),
  "agents.updateDraft": (own, victim) => ({ ...own.draft, workspaceId: own.workspaceId, agentId: victim.agentId }),
  "agents.publish": (own, victim) => ({ workspaceId: own.workspaceId, agentId: victim.agentId }),
  "agents.discardDraft": (own, victim) => ({ workspaceId: own.workspaceId, agentId: victim.agentId }),
  "agents.delete": (own, victim) => ({ workspaceId: own.workspaceId, agentId: victim.agentId }),
  "agentIdentity.secret": (own, victim) => ({ workspaceId: own.workspaceId, agentId: victim.agentId }),
  "agentIdentity.rotate": (own, victim) => ({ workspaceId: own.workspaceId, agentId: victim.agentId }),
  "invitations.revoke": (own, victim) => ({ workspaceId: own.workspaceId, invitationId: victim.invitationId }),
  "members.changeRole": (own, victim) => ({ workspaceId: own.workspaceId, userId: victim.memberId, role: "viewer" }),
  "members.remove": (own, victim) => ({ workspaceId: own.workspaceId, userId: victim.memberId }),
  "knowledge.sources.documents": (own, victim) => ({ workspaceId: own.workspaceId, sourceId: victim.sourceId }),
  "knowledge.sources.rename": (own, victim) => ({ workspaceId: own.workspaceId, sourceId: victim.sourceId, name: "Mine now" }),
  "knowledge.sources.sync": (own, victim) => ({ workspaceId: own.workspaceId, sourceId: victim.sourceId }),
  "knowledge.sources.cancel": (own, victim) => ({ workspaceId: own.workspaceId, sourceId: victim.sourceId }),
  "knowledge.sources.delete": (own, victim) => ({ workspaceId: own.workspaceId, sourceId: victim.sourceId }),
  "knowledge.articles.get": (own, victim) => ({ workspaceId: own.workspaceId, articleId: victim.articleId }),
  "knowledge.articles.update": (own, victim) => ({ workspaceId: own.workspaceId, articleId: victim.articleId, title: "Mine", body: "Mine", status: "draft" }),
  "knowledge.articles.delete": (own, victim) => ({ workspaceId: own.workspaceId, articleId: victim.articleId }),
  "knowledge.shortAnswers.update": (own, victim) => ({ workspaceId: own.workspaceId, shortAnswerId: victim.shortAnswerId, question: "Mine?", answer: "Mine." }),
  "knowledge.shortAnswers.delete": (own, victim) => ({ workspaceId: own.workspaceId, shortAnswerId: victim.shortAnswerId }),
};

function objectIdProcedures(): string[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>;
  return Object.entries(procedures)
    .filter(([, procedure]) =>
      procedure._def.inputs.some((input) => Object.keys((input as { shape?: Record<string, unknown> }).shape ?? {}).some((key) => key !== "workspaceId" && /Id$/.test(key))),
    )
    .map(([path]) => path)
    .sort();
}

async function callPath(caller: object, path: string, input: unknown) {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

describe("tenancy by object id", () => {
  let handle: PgliteHandle;
  let victim: Setup;
  let outsider: Setup;
  let objects: VictimObjects;
  let ownDraft: Record<string, unknown>;
  let ownAgentId: string;

  beforeAll(async () => {
    handle = await createTestDb();
    victim = await createWorkspaceWithOwner(handle.db, "Victim Co");
    outsider = await createWorkspaceWithOwner(handle.db, "Outsider Inc");
    const workspaceId = victim.workspace.id;
    const agent = await victim.caller.agents.create({ workspaceId, name: "Private" });
    await victim.caller.agents.publish({ workspaceId, agentId: agent.id, expectedDraftUpdatedAt: agent.draftUpdatedAt });
    const [source] = await handle.db.insert(knowledgeSources).values({ workspaceId, kind: "url", name: "Secret site", config: { url: "https://secret.example/" } }).returning();
    const article = await victim.caller.knowledge.articles.create({ workspaceId, title: "Internal", body: "Only for us.", status: "draft" });
    const answer = await victim.caller.knowledge.shortAnswers.create({ workspaceId, question: "Staff discount?", variants: [], answer: "Forty percent." });
    const invitation = await victim.caller.invitations.create({ workspaceId, role: "agent" });
    const member = await addMember(handle.db, workspaceId, "editor");
    const preview = await handlePreviewRequest(
      handle.db,
      new Request("http://app.test/preview", { method: "POST", body: JSON.stringify({ message: { text: "Hello" } }) }),
      { workspaceId, agentId: agent.id, userId: victim.owner.id },
      { embedder: async () => embedder, limits: createLimits({ kind: "memory" }) },
    );
    const { chunks } = await readUiStream(preview);
    const conversationId = (chunks.find((chunk) => chunk.type === "data-conversation") as unknown as { data: { conversationId: string } }).data.conversationId;
    objects = { agentId: agent.id, sourceId: source!.id, articleId: article.id, shortAnswerId: answer.id, invitationId: invitation.id, memberId: member.user.id, conversationId };
    const own = await outsider.caller.agents.create({ workspaceId: outsider.workspace.id, name: "Mine" });
    ownAgentId = own.id;
    ownDraft = { ...own.draft, expectedDraftUpdatedAt: own.draftUpdatedAt };
  });
  afterAll(() => handle.close());

  it("lists every procedure that takes an object id", () => {
    expect(Object.keys(attempts).sort()).toEqual(objectIdProcedures().filter((path) => !path.startsWith("knowledge.search")));
  });

  it.each(Object.keys(attempts))("%s answers NOT_FOUND for another workspace's object", async (path) => {
    const input = attempts[path]!({ workspaceId: outsider.workspace.id, draft: ownDraft }, objects);
    const error = await callPath(outsider.caller, path, input).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
  });

  it("refuses another workspace's source in an agent's knowledge", async () => {
    const error = await outsider.caller.agents
      .updateDraft({ ...ownDraft, workspaceId: outsider.workspace.id, agentId: ownAgentId, sourceIds: [objects.sourceId] } as never)
      .catch((caught: unknown) => caught);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
  });

  it("finds nothing of another workspace when searching with its source id", async () => {
    const found = await outsider.caller.knowledge.search({ workspaceId: outsider.workspace.id, query: "staff discount", sourceIds: [objects.sourceId] });
    expect(found.results).toEqual([]);
  });

  it("does not continue another workspace's conversation from the preview", async () => {
    const response = await handlePreviewRequest(
      handle.db,
      new Request("http://app.test/preview", { method: "POST", body: JSON.stringify({ conversationId: objects.conversationId, message: { text: "What did they say?" } }) }),
      { workspaceId: outsider.workspace.id, agentId: ownAgentId, userId: outsider.owner.id },
      { embedder: async () => embedder, limits: createLimits({ kind: "memory" }) },
    );
    const { chunks } = await readUiStream(response);
    const continued = (chunks.find((chunk) => chunk.type === "data-conversation") as unknown as { data: { conversationId: string } }).data.conversationId;
    expect(continued).not.toBe(objects.conversationId);
  });

  it("refuses the preview of another workspace's agent", async () => {
    const response = await handlePreviewRequest(
      handle.db,
      new Request("http://app.test/preview", { method: "POST", body: JSON.stringify({ message: { text: "Hi" } }) }),
      { workspaceId: outsider.workspace.id, agentId: objects.agentId, userId: outsider.owner.id },
      { embedder: async () => embedder, limits: createLimits({ kind: "memory" }) },
    );
    expect(response.status).toBe(404);
  });

  it("shows another agent's conversation to no visitor of this one", async () => {
    const api = composeVisitorApi(handle.db, createLimits({ kind: "memory" }), "http://app.test");
    const response = await handleConversationHistory(api, new Request(`http://app.test/api/chat/x/conversations/${objects.conversationId}?visitorId=preview-visitor`), ownAgentId, objects.conversationId);
    expect(response.status).toBe(404);
  });
});
