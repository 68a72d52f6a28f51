import { eq } from "drizzle-orm";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { conversations } from "@/db/schema";
import { createAgent, getIdentitySecret, publishAgent, verifyVisitorIdentity } from "@/server/agents";
import { composeChatService, handleChatRequest } from "@/server/chat-runtime";
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
});
