import { type TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { can, permissions, type Role } from "@/server/workspaces";
import { createTestDb } from "../../support/db";
import { addMember, createWorkspaceWithOwner } from "../../support/factories";

const codeOf = (error: unknown) => (error as TRPCError).code;

describe("the role map", () => {
  it("gives agent configuration to editors and above only", () => {
    const allowed = (["owner", "admin", "editor", "agent", "viewer"] as Role[]).filter((role) => can(role, "agents.configure"));
    expect(allowed).toEqual(["owner", "admin", "editor"]);
  });

  it("gives settings, members and the closing agent to admins and owners only", () => {
    for (const permission of ["workspace.update", "members.manage", "closing.manage"] as const) {
      expect(permissions[permission]).toEqual(["owner", "admin"]);
    }
  });
});

describe("role guards on procedures", () => {
  let handle: PgliteHandle;
  let base: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
  let workspaceId: string;

  beforeAll(async () => {
    handle = await createTestDb();
    base = await createWorkspaceWithOwner(handle.db);
    workspaceId = base.workspace.id;
  });
  afterAll(() => handle.close());

  it("stops a viewer from changing settings", async () => {
    const viewer = await addMember(handle.db, workspaceId, "viewer");
    const error = await viewer.caller.workspaces.update({ workspaceId, name: "Hijacked" }).catch((caught) => caught);
    expect(codeOf(error)).toBe("FORBIDDEN");
    expect((await base.caller.workspaces.get({ workspaceId })).workspace.name).toBe("Acme Support");
  });

  it("lets a viewer read the workspace and its members", async () => {
    const viewer = await addMember(handle.db, workspaceId, "viewer");
    const members = await viewer.caller.members.list({ workspaceId });
    expect(members.map((member) => member.userId)).toContain(viewer.user.id);
  });

  it("stops an agent from managing members", async () => {
    const agent = await addMember(handle.db, workspaceId, "agent");
    const victim = await addMember(handle.db, workspaceId, "viewer");
    const attempts = [
      agent.caller.invitations.create({ workspaceId, role: "viewer" }),
      agent.caller.members.changeRole({ workspaceId, userId: victim.user.id, role: "admin" }),
      agent.caller.members.remove({ workspaceId, userId: victim.user.id }),
      agent.caller.invitations.list({ workspaceId }),
    ];
    for (const attempt of attempts) expect(codeOf(await attempt.catch((caught) => caught))).toBe("FORBIDDEN");
    const roles = await base.caller.members.list({ workspaceId });
    expect(roles.find((member) => member.userId === victim.user.id)?.role).toBe("viewer");
  });

  it("stops an editor from changing settings but not an admin", async () => {
    const editor = await addMember(handle.db, workspaceId, "editor");
    const admin = await addMember(handle.db, workspaceId, "admin");
    expect(codeOf(await editor.caller.workspaces.update({ workspaceId, name: "X" }).catch((caught) => caught))).toBe("FORBIDDEN");
    const updated = await admin.caller.workspaces.update({ workspaceId, name: "Acme Support EU" });
    expect(updated.name).toBe("Acme Support EU");
  });

  it("keeps ownership decisions with owners", async () => {
    const admin = await addMember(handle.db, workspaceId, "admin");
    const error = await admin.caller.members.remove({ workspaceId, userId: base.owner.id }).catch((caught) => caught);
    expect(codeOf(error)).toBe("FORBIDDEN");
    const promote = await admin.caller.members.changeRole({ workspaceId, userId: admin.user.id, role: "owner" }).catch((caught) => caught);
    expect(codeOf(promote)).toBe("FORBIDDEN");
  });

  it("never leaves a workspace without an owner", async () => {
    const error = await base.caller.members.leave({ workspaceId }).catch((caught) => caught);
    expect(codeOf(error)).toBe("CONFLICT");
    const demote = await base.caller.members
      .changeRole({ workspaceId, userId: base.owner.id, role: "admin" })
      .catch((caught) => caught);
    expect(codeOf(demote)).toBe("CONFLICT");
  });

  it("lets only the owner change the number of seats", async () => {
    const admin = await addMember(handle.db, workspaceId, "admin");
    expect(codeOf(await admin.caller.workspaces.updateSeats({ workspaceId, seats: 50 }).catch((caught) => caught))).toBe("FORBIDDEN");
    const usage = await base.caller.workspaces.updateSeats({ workspaceId, seats: 50 });
    expect(usage.seats).toBe(50);
  });
});
