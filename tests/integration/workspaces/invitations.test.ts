import { type TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations } from "@/db/schema";
import type { PgliteHandle } from "@/db/pglite";
import { expireInvitations } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { callerFor, createUser, createWorkspaceWithOwner } from "../../support/factories";

const tokenOf = (url: string) => url.split("/invite/")[1] ?? "";
const codeOf = (error: unknown) => (error as TRPCError).code;

describe("invitations", () => {
  let handle: PgliteHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  it("lets an invited person join with the invited role, once", async () => {
    const { workspace, caller } = await createWorkspaceWithOwner(handle.db, "Join Me");
    const invite = await caller.invitations.create({ workspaceId: workspace.id, role: "editor" });
    const guest = await createUser(handle.db);
    const guestCaller = callerFor(handle.db, guest);

    const preview = await callerFor(handle.db, null).invitations.preview({ token: tokenOf(invite.url) });
    expect(preview).toMatchObject({ workspaceName: "Join Me", role: "editor", status: "pending" });

    const joined = await guestCaller.invitations.accept({ token: tokenOf(invite.url) });
    expect(joined.id).toBe(workspace.id);
    const got = await guestCaller.workspaces.get({ workspaceId: workspace.id });
    expect(got.role).toBe("editor");

    const someoneElse = callerFor(handle.db, await createUser(handle.db));
    const reuse = await someoneElse.invitations.accept({ token: tokenOf(invite.url) }).catch((caught) => caught);
    expect(codeOf(reuse)).toBe("CONFLICT");
  });

  it("binds an emailed invitation to that address", async () => {
    const { workspace, caller } = await createWorkspaceWithOwner(handle.db);
    const invite = await caller.invitations.create({ workspaceId: workspace.id, role: "agent", email: "Sam@Example.test" });
    const wrong = callerFor(handle.db, await createUser(handle.db, { email: "mallory@example.test" }));
    const error = await wrong.invitations.accept({ token: tokenOf(invite.url) }).catch((caught) => caught);
    expect(codeOf(error)).toBe("FORBIDDEN");
    expect((error as Error).message).toContain("sam@example.test");
    const sam = callerFor(handle.db, await createUser(handle.db, { email: "sam@example.test" }));
    await expect(sam.invitations.accept({ token: tokenOf(invite.url) })).resolves.toMatchObject({ id: workspace.id });
  });

  it("refuses revoked and expired invitations", async () => {
    const { workspace, caller } = await createWorkspaceWithOwner(handle.db);
    const revoked = await caller.invitations.create({ workspaceId: workspace.id, role: "viewer" });
    await caller.invitations.revoke({ workspaceId: workspace.id, invitationId: revoked.id });
    const expiring = await caller.invitations.create({ workspaceId: workspace.id, role: "viewer" });
    await handle.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, expiring.id));

    const guest = callerFor(handle.db, await createUser(handle.db));
    for (const url of [revoked.url, expiring.url]) {
      expect(codeOf(await guest.invitations.accept({ token: tokenOf(url) }).catch((caught) => caught))).toBe("CONFLICT");
    }
    expect(await expireInvitations(handle.db)).toBeGreaterThanOrEqual(1);
    const pending = await caller.invitations.list({ workspaceId: workspace.id });
    expect(pending).toHaveLength(0);
  });

  it("answers an unknown token with NOT_FOUND", async () => {
    const error = await callerFor(handle.db, null).invitations.preview({ token: "x".repeat(43) }).catch((caught) => caught);
    expect(codeOf(error)).toBe("NOT_FOUND");
  });

  it("refuses to invite an agent past the seats, with a clear message", async () => {
    const { workspace, caller } = await createWorkspaceWithOwner(handle.db);
    await caller.workspaces.updateSeats({ workspaceId: workspace.id, seats: 2 });
    await caller.invitations.create({ workspaceId: workspace.id, role: "agent" });
    const error = await caller.invitations.create({ workspaceId: workspace.id, role: "agent" }).catch((caught) => caught);
    expect(codeOf(error)).toBe("CONFLICT");
    expect((error as Error).message).toMatch(/All 2 seats are in use/);
    await expect(caller.invitations.create({ workspaceId: workspace.id, role: "viewer" })).resolves.toBeTruthy();
  });

  it("counts a promotion from viewer against the seats", async () => {
    const { workspace, caller } = await createWorkspaceWithOwner(handle.db);
    await caller.workspaces.updateSeats({ workspaceId: workspace.id, seats: 1 });
    const invite = await caller.invitations.create({ workspaceId: workspace.id, role: "viewer" });
    const viewer = await createUser(handle.db);
    await callerFor(handle.db, viewer).invitations.accept({ token: tokenOf(invite.url) });
    const error = await caller.members.changeRole({ workspaceId: workspace.id, userId: viewer.id, role: "agent" }).catch((caught) => caught);
    expect(codeOf(error)).toBe("CONFLICT");
  });
});
