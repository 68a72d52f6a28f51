import { beforeEach, describe, expect, it } from "vitest";
import { isOriginAllowed } from "@/server/agents/origins";
import { type ChatServiceDeps, handleChatRequest, type LiveAgentView } from "@/server/chat-runtime";
import { MAX_INPUT_CHARS } from "@/server/chat/guard";
import { messagesFor } from "@/server/chat/messages";
import { createLimits, limits } from "@/server/rate-limits";
import type { Retrieve } from "@/server/chat/types";
import { agentSettings, engineDeps } from "./support/engine-harness";
import { createMemoryStore, type MemoryStore } from "../../support/chat/memory-store";
import { scriptedModel } from "./support/mock-models";
import { readUiStream } from "../../support/chat/ui-stream";

const APP = "http://app.closer.test";
const SITE = "https://help.kite.example";
const agent: LiveAgentView = { agentId: "agent-1", workspaceId: "workspace-1", settings: agentSettings({ allowedDomains: ["help.kite.example"] }), brandVoice: null };

const retrieve: Retrieve = async () => ({
  confidence: 0.9,
  signals: {},
  passages: [{ chunkId: "c1", documentId: "d1", title: "Returns", url: `${SITE}/returns`, anchor: null, headingPath: [], content: "Returns are free within thirty days.", language: "en", score: 0.9, vectorSimilarity: 0.8, textScore: 0.4, sourceKind: "url" }],
});

let store: MemoryStore;
let deps: ChatServiceDeps;

beforeEach(() => {
  store = createMemoryStore();
  deps = {
    loadAgent: async (agentId) => (agentId === agent.agentId ? agent : null),
    store,
    engineFor: async () => engineDeps(retrieve, scriptedModel(() => "<decision>answer</decision>\nReturns are free within thirty days [1]."), "mock-model"),
    limits: createLimits({ kind: "memory" }),
    trustedProxyHops: 0,
    isOriginAllowed,
    verifyIdentity: async () => null,
    appOrigin: APP,
  };
});

function chatRequest(body: unknown, headers: Record<string, string> = {}) {
  return new Request(`${APP}/api/chat/${agent.agentId}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: SITE, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const message = (text: string, extra: Record<string, unknown> = {}) => ({ visitorId: "visitor-0001", message: { id: "m1", text }, locale: "en-GB", ...extra });

describe("POST /api/chat/{agentId}", () => {
  it("answers 404 for an unknown agent", async () => {
    const response = await handleChatRequest(chatRequest(message("Hi")), "agent-unknown", deps);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "This chat is not available." } });
  });

  it("answers 403 to a website that is not allowed, readable by that site only as a refusal", async () => {
    const response = await handleChatRequest(chatRequest(message("Hi"), { origin: "https://evil.example" }), agent.agentId, deps);
    expect(response.status).toBe(403);
    const payload = (await response.json()) as { error: { message: string } };
    expect(payload.error.message).toContain("(https://evil.example) is not allowed");
    expect(payload.error.message).toContain("Allowed websites");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(store.conversations.size).toBe(0);
  });

  it.each([SITE, APP])("echoes the allowed origin %s in CORS headers", async (origin) => {
    const response = await handleChatRequest(chatRequest(message("Are returns free?"), { origin }), agent.agentId, deps);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(origin);
    expect(response.headers.get("vary")).toBe("Origin");
    await response.text();
  });

  it("sends no CORS grant to a request without an Origin", async () => {
    const request = new Request(`${APP}/api/chat/${agent.agentId}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(message("Are returns free?")) });
    const response = await handleChatRequest(request, agent.agentId, deps);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    await response.text();
  });

  it.each([
    ["malformed JSON", "{not json", "The request body must be JSON."],
    ["a missing visitor id", { message: { id: "m1", text: "Hi" } }, null],
    ["an empty message", message("   "), "Type a message."],
    ["a bad conversation id", message("Hi", { conversationId: "not-a-uuid" }), null],
  ])("answers 400 to %s", async (_name, body, text) => {
    const response = await handleChatRequest(chatRequest(body), agent.agentId, deps);
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe(SITE);
    const payload = (await response.json()) as { error: { message: string } };
    if (text) expect(payload.error.message).toBe(text);
    expect(store.conversations.size).toBe(0);
  });

  it("answers 413 to a huge body, declared or not", async () => {
    const huge = message("x".repeat(70 * 1024));
    expect((await handleChatRequest(chatRequest(huge), agent.agentId, deps)).status).toBe(413);
    const declared = chatRequest(message("Hi"), { "content-length": String(10 * 1024 * 1024) });
    expect((await handleChatRequest(declared, agent.agentId, deps)).status).toBe(413);
  });

  it("streams the reply in the AI SDK UI message protocol and keeps the conversation", async () => {
    const response = await handleChatRequest(chatRequest(message("Are returns free?")), agent.agentId, deps);
    expect(response.headers.get("x-vercel-ai-ui-message-stream")).toBe("v1");
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const first = await readUiStream(response);
    expect(first.done).toBe(true);
    expect(first.text).toBe("Returns are free within thirty days [1].");
    const conversationId = (first.chunks.find((chunk) => chunk.type === "data-conversation")!.data as { conversationId: string }).conversationId;

    const again = await readUiStream(await handleChatRequest(chatRequest(message("And exchanges?", { conversationId })), agent.agentId, deps));
    expect(again.chunks.find((chunk) => chunk.type === "data-conversation")).toMatchObject({ data: { conversationId } });
    expect(store.conversations.get(conversationId)!.history.map((turn) => turn.role)).toEqual(["visitor", "agent", "visitor", "agent"]);
  });

  it("refuses a message over the input limit in the visitor's language, before storing anything", async () => {
    const response = await handleChatRequest(chatRequest(message("x".repeat(MAX_INPUT_CHARS + 1), { locale: "fr-FR" })), agent.agentId, deps);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(messagesFor("fr").tooLong(MAX_INPUT_CHARS));
    expect(store.conversations.size).toBe(0);
  });

  it("limits by the connecting address: rotating X-Forwarded-For or the visitor id gets 429 with Retry-After", async () => {
    const points = limits.chatMessagesPerAddress.points;
    for (let i = 0; i < points; i++) {
      const spoofed = { "x-forwarded-for": `198.51.100.${i}, 203.0.113.7` };
      const ok = await handleChatRequest(chatRequest(message("Are returns free?", { visitorId: `visitor-${1000 + i}` }), spoofed), agent.agentId, deps);
      expect(ok.status).toBe(200);
      await ok.text();
    }
    const limited = await handleChatRequest(chatRequest(message("Hallå?", { locale: "sv-SE" }), { "x-forwarded-for": "192.0.2.99, 203.0.113.7", "accept-language": "sv-SE" }), agent.agentId, deps);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("access-control-allow-origin")).toBe(SITE);
    expect(((await limited.json()) as { error: { message: string } }).error.message).toBe(messagesFor("sv").rateLimited);
    expect(store.replies).toHaveLength(points);

    const otherAddress = await readUiStream(await handleChatRequest(chatRequest(message("Are returns free?"), { "x-forwarded-for": "203.0.113.8" }), agent.agentId, deps));
    expect(otherAddress.text).toBe("Returns are free within thirty days [1].");
  });

  it("limits new conversations per address, while an existing one goes on", async () => {
    const first = await readUiStream(await handleChatRequest(chatRequest(message("Are returns free?"), { "x-forwarded-for": "203.0.113.20" }), agent.agentId, deps));
    const conversationId = (first.chunks.find((chunk) => chunk.type === "data-conversation")!.data as { conversationId: string }).conversationId;
    for (let i = 1; i < limits.conversationsPerAddress.points; i++) {
      await (await handleChatRequest(chatRequest(message("Are returns free?"), { "x-forwarded-for": "203.0.113.20" }), agent.agentId, { ...deps, limits: spareMessages(deps) })).text();
    }
    const service = { ...deps, limits: spareMessages(deps) };
    const refused = await handleChatRequest(chatRequest(message("One more new chat"), { "x-forwarded-for": "203.0.113.20" }), agent.agentId, service);
    expect(refused.status).toBe(429);
    const continued = await handleChatRequest(chatRequest(message("And exchanges?", { conversationId }), { "x-forwarded-for": "203.0.113.20" }), agent.agentId, service);
    expect(continued.status).toBe(200);
    await continued.text();
  });

  it("stops answering once the workspace has spent its daily tokens, with a localised message", async () => {
    await deps.limits.add(limits.tokensPerWorkspace, agent.workspaceId, limits.tokensPerWorkspace.points);
    const response = await handleChatRequest(chatRequest(message("¿Hola?", { locale: "es" })), agent.agentId, deps);
    expect(response.status).toBe(429);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(messagesFor("es").budgetSpent);
    expect(store.conversations.size).toBe(0);
  });

  it("counts the tokens of every reply against the workspace's budget", async () => {
    await (await handleChatRequest(chatRequest(message("Are returns free?")), agent.agentId, deps)).text();
    const reply = store.replies[0]!.reply;
    expect(await deps.limits.used(limits.tokensPerWorkspace, agent.workspaceId)).toBe((reply.inputTokens ?? 0) + (reply.outputTokens ?? 0));
    expect(reply.inputTokens ?? 0).toBeGreaterThan(0);
  });
});

/** The same counters, except that messages per address never run out: for tests of other limits. */
function spareMessages(deps: ChatServiceDeps): ChatServiceDeps["limits"] {
  return { ...deps.limits, take: (rule, key, points) => (rule === limits.chatMessagesPerAddress ? Promise.resolve() : deps.limits.take(rule, key, points)) };
}
