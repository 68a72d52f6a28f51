import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { conversations } from "@/db/schema";
import { createAgent, publishAgent, summarizeAgents, updateDraft } from "@/server/agents";
import { countConversations } from "@/server/conversations/counts";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { createWorkspaceWithOwner } from "../../support/factories";

describe("workspace overview figures", () => {
  let handle: PgliteHandle;
  let scope: WorkspaceScope;
  let other: WorkspaceScope;

  beforeAll(async () => {
    handle = await createTestDb();
    const mine = await createWorkspaceWithOwner(handle.db);
    const theirs = await createWorkspaceWithOwner(handle.db, "Elsewhere");
    scope = { db: handle.db, workspaceId: mine.workspace.id, actorId: mine.owner.id };
    other = { db: handle.db, workspaceId: theirs.workspace.id, actorId: theirs.owner.id };
  });
  afterAll(() => handle.close());

  it("counts agents, the live ones, and the live ones ready to embed on a website", async () => {
    expect(await summarizeAgents(scope)).toEqual({ total: 0, published: 0, embeddable: 0, firstAgentId: null });
    const first = await createAgent(scope, { name: "First" });
    const second = await createAgent(scope, { name: "Second" });
    await publishAgent(scope, first.id, { expectedDraftUpdatedAt: first.draftUpdatedAt });
    expect(await summarizeAgents(scope)).toEqual({ total: 2, published: 1, embeddable: 0, firstAgentId: first.id });

    const withSite = await updateDraft(scope, second.id, { ...second.draft, allowedDomains: ["shop.example"] }, { expectedDraftUpdatedAt: second.draftUpdatedAt });
    expect((await summarizeAgents(scope)).embeddable).toBe(0);
    await publishAgent(scope, second.id, { expectedDraftUpdatedAt: withSite.draftUpdatedAt });
    expect(await summarizeAgents(scope)).toMatchObject({ total: 2, published: 2, embeddable: 1 });
    expect(await summarizeAgents(other)).toMatchObject({ total: 0, firstAgentId: null });
  });

  it("counts visitor conversations without preview chats, and the last seven days apart", async () => {
    const agent = await createAgent(scope, { name: "Counter" });
    const now = new Date("2026-03-20T12:00:00Z");
    const row = (channel: "web" | "preview", daysAgo: number) => ({
      workspaceId: scope.workspaceId,
      agentId: agent.id,
      channel,
      visitorId: `visitor-${channel}-${daysAgo}`,
      createdAt: new Date(now.getTime() - daysAgo * 24 * 60 * 60 * 1000),
    });
    await handle.db.insert(conversations).values([row("web", 1), row("web", 3), row("web", 30), row("preview", 0), row("preview", 2)]);
    expect(await countConversations(scope, now)).toEqual({ total: 3, lastSevenDays: 2, previews: 2 });
    expect(await countConversations(other, now)).toEqual({ total: 0, lastSevenDays: 0, previews: 0 });
  });
});
