import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { getLiveAgent } from "@/server/agents";
import { createTestDb } from "../../support/db";
import { addMember, createWorkspaceWithOwner } from "../../support/factories";

type Caller = Awaited<ReturnType<typeof createWorkspaceWithOwner>>["caller"];

async function trpcFailure(promise: Promise<unknown>): Promise<TRPCError & { fieldErrors?: Record<string, string[]> }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("agents router", () => {
  let handle: PgliteHandle;
  let owner: Caller;
  let workspaceId: string;

  beforeAll(async () => {
    handle = await createTestDb();
    const base = await createWorkspaceWithOwner(handle.db);
    owner = base.caller;
    workspaceId = base.workspace.id;
  });
  afterAll(() => handle.close());

  it("creates, lists, edits, publishes and discards through the API", async () => {
    const created = await owner.agents.create({ workspaceId, name: "Sunny" });
    let list = await owner.agents.list({ workspaceId });
    expect(list.find((agent) => agent.id === created.id)).toMatchObject({ name: "Sunny", published: false });

    const { id: agentId, draft } = created;
    const saved = await owner.agents.updateDraft({ workspaceId, agentId, expectedDraftUpdatedAt: created.draftUpdatedAt, ...draft, welcomeMessages: { fr: "Bonjour !" } });
    expect(saved.changes.map((change) => change.label)).toEqual(["Welcome message (fr)"]);

    const published = await owner.agents.publish({ workspaceId, agentId, expectedDraftUpdatedAt: saved.draftUpdatedAt });
    expect(published.live?.welcomeMessages).toEqual({ fr: "Bonjour !" });
    list = await owner.agents.list({ workspaceId });
    expect(list.find((agent) => agent.id === agentId)).toMatchObject({ published: true, hasUnpublishedChanges: false });

    const edited = await owner.agents.updateDraft({ workspaceId, agentId, expectedDraftUpdatedAt: published.draftUpdatedAt, ...published.draft, personality: "witty" });
    expect(edited.changes).toEqual([{ field: "personality", label: "Personality", before: "friendly", after: "witty" }]);
    expect((await getLiveAgent(handle.db, agentId))?.settings.personality).toBe("friendly");

    const discarded = await owner.agents.discardDraft({ workspaceId, agentId });
    expect(discarded.draft.personality).toBe("friendly");
    expect((await owner.agents.get({ workspaceId, agentId })).changes).toEqual([]);

    await owner.agents.delete({ workspaceId, agentId });
    expect((await trpcFailure(owner.agents.get({ workspaceId, agentId }))).code).toBe("NOT_FOUND");
  });

  it("answers CONFLICT to a stale save", async () => {
    const agent = await owner.agents.create({ workspaceId, name: "Stale" });
    const base = { workspaceId, agentId: agent.id, expectedDraftUpdatedAt: agent.draftUpdatedAt, ...agent.draft };
    await owner.agents.updateDraft({ ...base, guidelines: "Mine" });
    const error = await trpcFailure(owner.agents.updateDraft({ ...base, guidelines: "Theirs" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/someone else saved/i);
  });

  it("returns field errors for invalid settings", async () => {
    const agent = await owner.agents.create({ workspaceId, name: "Strict" });
    const promise = owner.agents.updateDraft({
      workspaceId,
      agentId: agent.id,
      expectedDraftUpdatedAt: agent.draftUpdatedAt,
      ...agent.draft,
      name: "",
      allowedDomains: ["not a domain"],
      quickReplies: ["1", "2", "3", "4", "5", "6", "7"],
    });
    const error = await trpcFailure(promise);
    expect(error.code).toBe("BAD_REQUEST");
    // The caller sees the same shape the client gets: per-field messages keyed by setting.
    const { z } = await import("zod");
    const fieldErrors = z.flattenError(error.cause as never).fieldErrors as Record<string, string[]>;
    expect(Object.keys(fieldErrors).sort()).toEqual(["allowedDomains", "name", "quickReplies"]);
    expect(fieldErrors.name?.[0]).toBe("Give the agent a name.");
  });

  it("refuses knowledge sources of another workspace", async () => {
    const other = await createWorkspaceWithOwner(handle.db, "Elsewhere");
    const { ensureCollectionSource } = await import("@/server/knowledge");
    const foreign = await ensureCollectionSource({ db: handle.db, workspaceId: other.workspace.id }, "short_answers");
    const agent = await owner.agents.create({ workspaceId, name: "Curious" });
    const error = await trpcFailure(owner.agents.updateDraft({ workspaceId, agentId: agent.id, expectedDraftUpdatedAt: agent.draftUpdatedAt, ...agent.draft, sourceIds: [foreign.id] }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await owner.agents.get({ workspaceId, agentId: agent.id })).draft.sourceIds).toBeNull();
  });

  it("lets editors configure agents and keeps viewers and agents to reading", async () => {
    const agent = await owner.agents.create({ workspaceId, name: "Guarded" });
    const input = { workspaceId, agentId: agent.id, expectedDraftUpdatedAt: agent.draftUpdatedAt, ...agent.draft, name: "Changed" };
    for (const role of ["viewer", "agent"] as const) {
      const member = await addMember(handle.db, workspaceId, role);
      expect((await member.caller.agents.get({ workspaceId, agentId: agent.id })).draft.name).toBe("Guarded");
      expect((await member.caller.agents.list({ workspaceId })).map((row) => row.id)).toContain(agent.id);
      const attempts = [
        member.caller.agents.updateDraft(input),
        member.caller.agents.publish({ workspaceId, agentId: agent.id }),
        member.caller.agents.discardDraft({ workspaceId, agentId: agent.id }),
        member.caller.agents.delete({ workspaceId, agentId: agent.id }),
        member.caller.agents.create({ workspaceId, name: "Sneaky" }),
      ];
      for (const attempt of attempts) expect((await trpcFailure(attempt)).code).toBe("FORBIDDEN");
    }
    expect((await owner.agents.get({ workspaceId, agentId: agent.id })).draft.name).toBe("Guarded");

    const editor = await addMember(handle.db, workspaceId, "editor");
    const saved = await editor.caller.agents.updateDraft(input);
    expect(saved.draft.name).toBe("Changed");
    const published = await editor.caller.agents.publish({ workspaceId, agentId: agent.id });
    expect(published.publishedBy).toBe(editor.user.id);
  });

  it("lists the models an agent may use", async () => {
    const models = await owner.agents.models({ workspaceId });
    expect(models[0]).toMatchObject({ id: "local", provider: "local" });
  });

  it("keeps the brand voice with the workspace, trimmed, and clears it when emptied", async () => {
    const updated = await owner.workspaces.update({ workspaceId, brandVoice: "  Warm, plain words. No jargon.  " });
    expect(updated.brandVoice).toBe("Warm, plain words. No jargon.");
    expect((await owner.workspaces.get({ workspaceId })).workspace.brandVoice).toBe("Warm, plain words. No jargon.");
    expect((await owner.workspaces.update({ workspaceId, name: "Renamed" })).brandVoice).toBe("Warm, plain words. No jargon.");
    expect((await owner.workspaces.update({ workspaceId, brandVoice: "" })).brandVoice).toBeNull();
    const tooLong = await trpcFailure(owner.workspaces.update({ workspaceId, brandVoice: "x".repeat(2_001) }));
    expect(tooLong.code).toBe("BAD_REQUEST");
    const editor = await addMember(handle.db, workspaceId, "editor");
    expect((await trpcFailure(editor.caller.workspaces.update({ workspaceId, brandVoice: "Mine now" }))).code).toBe("FORBIDDEN");
  });
});
