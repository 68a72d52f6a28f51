import { eq } from "drizzle-orm";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { conversations } from "@/db/schema";
import { createAgent, getIdentitySecret, publishAgent, verifyVisitorIdentity } from "@/server/agents";
import { composeChatService, composeVisitorApi, handleChatRequest, handleConversationHistory } from "@/server/chat-runtime";
import { createLimits } from "@/server/rate-limits";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { embedder, workspaceScope } from "../knowledge-crawl/crawl-harness";
import { readUiStream } from "../../support/chat/ui-stream";

const sign = (secret: string, claims: Record<string, unknown>, expiresIn = "1h") =>
  new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("user-42").setExpirationTime(expiresIn).sign(new TextEncoder().encode(secret));

describe("visitor identity", () => {
  let handle: PgliteHandle;
  let scope: WorkspaceScope;
  let agentId: string;
  let secret: string;
  beforeAll(async () => {
    handle = await createTestDb();
    scope = await workspaceScope(handle.db);
    agentId = (await createAgent(scope, { name: "Ivy" })).id;
    await publishAgent(scope, agentId);
    secret = await getIdentitySecret(scope, agentId);
  });
  afterAll(() => handle.close());

  it("accepts a token signed with the agent's key and nothing else", async () => {
    expect(await verifyVisitorIdentity(handle.db, agentId, await sign(secret, { email: "ada@shop.test", name: "Ada" }))).toEqual({ id: "user-42", email: "ada@shop.test", name: "Ada" });
    expect(await verifyVisitorIdentity(handle.db, agentId, await sign("not-the-key-not-the-key-not-the-key", {}))).toBeNull();
    expect(await verifyVisitorIdentity(handle.db, agentId, await sign(secret, {}, "-1m"))).toBeNull();
    const rotated = await getIdentitySecret(scope, agentId, { rotate: true });
    expect(rotated).not.toBe(secret);
    expect(await verifyVisitorIdentity(handle.db, agentId, await sign(secret, {}))).toBeNull();
    secret = rotated;
  });

  it("stores the verified identity on the visitor's conversation", async () => {
    const service = composeChatService(handle.db, async () => embedder, createLimits({ kind: "memory" }), "http://app.test");
    const token = await sign(secret, { email: "ada@shop.test" });
    const response = await handleChatRequest(
      new Request(`http://app.test/api/chat/${agentId}`, { method: "POST", body: JSON.stringify({ visitorId: "visitor-identity-1", message: { id: "m", text: "Hello there" }, locale: "en", identityToken: token }) }),
      agentId,
      service,
    );
    const { chunks } = await readUiStream(response);
    const conversationId = (chunks.find((chunk) => chunk.type === "data-conversation") as unknown as { data: { conversationId: string } }).data.conversationId;
    const [row] = await handle.db.select().from(conversations).where(eq(conversations.id, conversationId));
    expect(row?.visitorIdentity).toEqual({ id: "user-42", email: "ada@shop.test" });
  });

  it("refuses tokens that live longer than the documented maximum, or are meant for another agent", async () => {
    expect(await verifyVisitorIdentity(handle.db, agentId, await sign(secret, {}, "25h"))).toBeNull();
    expect(await verifyVisitorIdentity(handle.db, agentId, await sign(secret, {}, "23h"))).toEqual({ id: "user-42" });
    expect(await verifyVisitorIdentity(handle.db, agentId, await sign(secret, { aud: "another-agent" }))).toBeNull();
    expect(await verifyVisitorIdentity(handle.db, agentId, await sign(secret, { aud: agentId }))).toEqual({ id: "user-42" });
    const longAgo = new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("user-42").setIssuedAt(Math.floor(Date.now() / 1000) - 3 * 86_400).setExpirationTime("1h");
    expect(await verifyVisitorIdentity(handle.db, agentId, await longAgo.sign(new TextEncoder().encode(secret)))).toBeNull();
  });

  it("starts a new conversation when another person signs in on the same browser, and hides the last one's messages", async () => {
    const service = composeChatService(handle.db, async () => embedder, createLimits({ kind: "memory" }), "http://app.test");
    const ask = async (token: string | null, conversationId?: string) => {
      const body = { visitorId: "shared-browser-1", message: { id: "m", text: "Hello there" }, locale: "en", identityToken: token ?? undefined, conversationId };
      const { chunks } = await readUiStream(await handleChatRequest(new Request(`http://app.test/api/chat/${agentId}`, { method: "POST", body: JSON.stringify(body) }), agentId, service));
      return (chunks.find((chunk) => chunk.type === "data-conversation") as unknown as { data: { conversationId: string } }).data.conversationId;
    };
    const adaToken = await sign(secret, {});
    const bobToken = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject("user-43").setExpirationTime("1h").sign(new TextEncoder().encode(secret));
    const adas = await ask(adaToken);
    expect(await ask(adaToken, adas)).toBe(adas);
    const bobs = await ask(bobToken, adas);
    expect(bobs).not.toBe(adas);
    expect(await ask(null, adas)).not.toBe(adas);

    const history = (token: string | null) =>
      handleConversationHistory(composeVisitorApi(handle.db, createLimits({ kind: "memory" }), "http://app.test"), new Request(`http://app.test/api/chat/${agentId}/conversations/${adas}?visitorId=shared-browser-1`, { headers: token ? { "x-closer-identity": token } : {} }), agentId, adas);
    expect((await history(adaToken)).status).toBe(200);
    expect((await history(bobToken)).status).toBe(404);
    expect((await history(null)).status).toBe(404);
  });

  it("creates one identity key when two admins ask for it at the same time", async () => {
    const other = (await createAgent(scope, { name: "Twin" })).id;
    const keys = await Promise.all([getIdentitySecret(scope, other), getIdentitySecret(scope, other), getIdentitySecret(scope, other)]);
    expect(new Set(keys).size).toBe(1);
  });
});
