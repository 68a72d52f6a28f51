import { beforeEach, describe, expect, it } from "vitest";
import { isOriginAllowed } from "@/server/agents/origins";
import { createChatRateLimit } from "@/server/chat-runtime/rate-limits";
import { messagesFor } from "@/server/chat/messages";
import { type ChatServiceDeps, handleChatRequest, type LiveAgentView } from "@/server/chat/service";
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
    allowMessage: createChatRateLimit({ visitorPerMinute: 2, workspacePerMinute: 100 }),
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
    expect(await response.json()).toEqual({ error: { message: "This chat is not available." } });
  });

  it("answers 403 to a website that is not allowed, without CORS headers", async () => {
    const response = await handleChatRequest(chatRequest(message("Hi"), { origin: "https://evil.example" }), agent.agentId, deps);
    expect(response.status).toBe(403);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
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

  it("answers a visitor over the rate limit with the friendly message in their language", async () => {
    for (let i = 0; i < 2; i++) await (await handleChatRequest(chatRequest(message("Are returns free?")), agent.agentId, deps)).text();
    const limited = await handleChatRequest(chatRequest(message("Hallå?", { locale: "sv-SE" })), agent.agentId, deps);
    expect(limited.status).toBe(200);
    expect(limited.headers.get("x-vercel-ai-ui-message-stream")).toBe("v1");
    expect(limited.headers.get("access-control-allow-origin")).toBe(SITE);
    const { text, done } = await readUiStream(limited);
    expect(text).toBe(messagesFor("sv").rateLimited);
    expect(done).toBe(true);
    expect(store.replies).toHaveLength(2);

    const otherVisitor = await readUiStream(await handleChatRequest(chatRequest(message("Are returns free?", { visitorId: "visitor-0002" })), agent.agentId, deps));
    expect(otherVisitor.text).toBe("Returns are free within thirty days [1].");
  });

  it("answers with the friendly message once the workspace is over its limit", async () => {
    deps.allowMessage = createChatRateLimit({ visitorPerMinute: 100, workspacePerMinute: 2 });
    for (const visitorId of ["visitor-a001", "visitor-a002"]) await (await handleChatRequest(chatRequest(message("Are returns free?", { visitorId })), agent.agentId, deps)).text();
    const limited = await readUiStream(await handleChatRequest(chatRequest(message("Hola", { visitorId: "visitor-a003", locale: "es" })), agent.agentId, deps));
    expect(limited.text).toBe(messagesFor("es").rateLimited);
  });
});
