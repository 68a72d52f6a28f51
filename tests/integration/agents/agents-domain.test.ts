import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import {
  createAgent,
  defaultAgentSettings,
  deleteAgent,
  discardDraft,
  getAgent,
  getLiveAgent,
  listAgents,
  publishAgent,
  updateDraft,
  type AgentSettings,
} from "@/server/agents";
import { AppError } from "@/server/errors";
import { ensureCollectionSource } from "@/server/knowledge";
import type { WorkspaceScope } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { createWorkspaceWithOwner } from "../../support/factories";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("agents domain", () => {
  let handle: PgliteHandle;
  let scope: WorkspaceScope;
  let otherScope: WorkspaceScope;

  beforeAll(async () => {
    handle = await createTestDb();
    const mine = await createWorkspaceWithOwner(handle.db, "Mine");
    const theirs = await createWorkspaceWithOwner(handle.db, "Theirs");
    scope = { db: handle.db, workspaceId: mine.workspace.id, actorId: mine.owner.id };
    otherScope = { db: handle.db, workspaceId: theirs.workspace.id, actorId: theirs.owner.id };
  });
  afterAll(() => handle.close());

  it("creates an agent with the defaults and its name, and nothing live", async () => {
    const agent = await createAgent(scope, { name: "  Nova  " });
    expect(agent.draft).toEqual({ ...defaultAgentSettings(), name: "Nova" });
    expect(agent.live).toBeNull();
    expect(await getLiveAgent(handle.db, agent.id)).toBeNull();
    // Before the first publish the changes are measured against a new agent of that name: none yet.
    expect(agent.changes).toEqual([]);
    await expect(failure(createAgent(scope, { name: "   " }))).resolves.toMatchObject({ code: "INVALID" });
  });

  it("saves a draft, publishes it, and shows later edits only as pending changes", async () => {
    const created = await createAgent(scope, { name: "Atlas" });
    const edited: AgentSettings = { ...created.draft, welcomeMessages: { en: "Welcome to Atlas!" }, languages: ["sv", "en"] };
    const saved = await updateDraft(scope, created.id, edited, { expectedDraftUpdatedAt: created.draftUpdatedAt });
    expect(saved.draftUpdatedAt.getTime()).toBeGreaterThan(created.draftUpdatedAt.getTime());
    expect(saved.draft.welcomeMessages).toEqual({ en: "Welcome to Atlas!" });
    expect(saved.changes.map((change) => change.field)).toEqual(["welcomeMessages.en", "languages"]);

    const published = await publishAgent(scope, created.id, { expectedDraftUpdatedAt: saved.draftUpdatedAt });
    expect(published.live).toEqual(saved.draft);
    expect(published.publishedBy).toBe(scope.actorId);
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.changes).toEqual([]);

    const live = await getLiveAgent(handle.db, created.id);
    expect(live).toMatchObject({ agentId: created.id, workspaceId: scope.workspaceId });
    expect(live?.settings.welcomeMessages).toEqual({ en: "Welcome to Atlas!" });

    const again = await updateDraft(scope, created.id, { ...saved.draft, name: "Atlas 2", welcomeMessages: { en: "Hej!" } }, { expectedDraftUpdatedAt: published.draftUpdatedAt });
    expect(again.changes).toEqual([
      { field: "name", label: "Name", before: "Atlas", after: "Atlas 2" },
      { field: "welcomeMessages.en", label: "Welcome message (en)", before: "Welcome to Atlas!", after: "Hej!" },
    ]);
    // Visitors still get the published version until the next publish.
    expect((await getLiveAgent(handle.db, created.id))?.settings.name).toBe("Atlas");

    const summary = (await listAgents(scope)).find((agent) => agent.id === created.id);
    expect(summary).toMatchObject({ name: "Atlas 2", published: true, hasUnpublishedChanges: true });

    await publishAgent(scope, created.id);
    expect((await getLiveAgent(handle.db, created.id))?.settings.name).toBe("Atlas 2");
    expect((await listAgents(scope)).find((agent) => agent.id === created.id)?.hasUnpublishedChanges).toBe(false);
  });

  it("refuses a save based on a draft someone else has saved since", async () => {
    const agent = await createAgent(scope, { name: "Racer" });
    await updateDraft(scope, agent.id, { ...agent.draft, guidelines: "First editor" }, { expectedDraftUpdatedAt: agent.draftUpdatedAt });
    const error = await failure(updateDraft(scope, agent.id, { ...agent.draft, guidelines: "Second editor" }, { expectedDraftUpdatedAt: agent.draftUpdatedAt }));
    expect(error.code).toBe("CONFLICT");
    expect((await getAgent(scope, agent.id)).draft.guidelines).toBe("First editor");
  });

  it("refuses to publish a draft that changed after it was reviewed", async () => {
    const agent = await createAgent(scope, { name: "Reviewer" });
    const reviewed = agent.draftUpdatedAt;
    await updateDraft(scope, agent.id, { ...agent.draft, guidelines: "Unreviewed" }, { expectedDraftUpdatedAt: reviewed });
    expect((await failure(publishAgent(scope, agent.id, { expectedDraftUpdatedAt: reviewed }))).code).toBe("CONFLICT");
    expect(await getLiveAgent(handle.db, agent.id)).toBeNull();
  });

  it("discards the draft back to the live version", async () => {
    const agent = await createAgent(scope, { name: "Undo" });
    expect((await failure(discardDraft(scope, agent.id))).code).toBe("INVALID");
    const published = await publishAgent(scope, agent.id);
    const edited = await updateDraft(scope, agent.id, { ...agent.draft, name: "Oops", quickReplies: ["Track my order"] }, { expectedDraftUpdatedAt: published.draftUpdatedAt });
    expect(edited.changes).toHaveLength(2);
    const discarded = await discardDraft(scope, agent.id);
    expect(discarded.draft).toEqual(discarded.live);
    expect(discarded.draft.name).toBe("Undo");
    expect(discarded.changes).toEqual([]);
    expect(discarded.draftUpdatedAt.getTime()).toBeGreaterThan(edited.draftUpdatedAt.getTime());
  });

  it("accepts sources of the workspace and refuses sources of another", async () => {
    const agent = await createAgent(scope, { name: "Librarian" });
    const own = await ensureCollectionSource(scope, "articles");
    const foreign = await ensureCollectionSource(otherScope, "articles");
    const saved = await updateDraft(scope, agent.id, { ...agent.draft, sourceIds: [own.id] }, { expectedDraftUpdatedAt: agent.draftUpdatedAt });
    expect(saved.draft.sourceIds).toEqual([own.id]);
    const error = await failure(updateDraft(scope, agent.id, { ...agent.draft, sourceIds: [own.id, foreign.id] }, { expectedDraftUpdatedAt: saved.draftUpdatedAt }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await getAgent(scope, agent.id)).draft.sourceIds).toEqual([own.id]);
  });

  it("refuses a model the server does not offer and invalid settings", async () => {
    const agent = await createAgent(scope, { name: "Modeller" });
    const version = { expectedDraftUpdatedAt: agent.draftUpdatedAt };
    expect((await failure(updateDraft(scope, agent.id, { ...agent.draft, model: "made-up:model" }, version))).code).toBe("INVALID");
    expect((await failure(updateDraft(scope, agent.id, { ...agent.draft, languages: [] }, version))).code).toBe("INVALID");
    expect((await failure(updateDraft(scope, agent.id, { ...agent.draft, allowedDomains: ["https://shop.example.com/"] }, version))).code).toBe("INVALID");
    const saved = await updateDraft(scope, agent.id, { ...agent.draft, model: "local", allowedDomains: ["Shop.Example.com", "*.example.org"] }, version);
    expect(saved.draft.allowedDomains).toEqual(["shop.example.com", "*.example.org"]);
  });

  it("keeps agents inside their workspace", async () => {
    const agent = await createAgent(scope, { name: "Private" });
    expect((await failure(getAgent(otherScope, agent.id))).code).toBe("NOT_FOUND");
    expect((await failure(updateDraft(otherScope, agent.id, agent.draft, { expectedDraftUpdatedAt: agent.draftUpdatedAt }))).code).toBe("NOT_FOUND");
    expect((await failure(publishAgent(otherScope, agent.id))).code).toBe("NOT_FOUND");
    expect((await failure(discardDraft(otherScope, agent.id))).code).toBe("NOT_FOUND");
    expect((await failure(deleteAgent(otherScope, agent.id))).code).toBe("NOT_FOUND");
    expect((await listAgents(otherScope)).map((summary) => summary.id)).not.toContain(agent.id);
    expect(await getAgent(scope, agent.id)).toMatchObject({ id: agent.id });
  });

  it("deletes an agent, after which nothing is live", async () => {
    const agent = await createAgent(scope, { name: "Gone" });
    await publishAgent(scope, agent.id);
    await deleteAgent(scope, agent.id);
    expect(await getLiveAgent(handle.db, agent.id)).toBeNull();
    expect((await failure(getAgent(scope, agent.id))).code).toBe("NOT_FOUND");
  });

  it("answers null from getLiveAgent for ids that are not agents", async () => {
    expect(await getLiveAgent(handle.db, "not-a-uuid")).toBeNull();
    expect(await getLiveAgent(handle.db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});
