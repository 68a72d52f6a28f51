import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRows } from "@/db/execute";
import { migrateDb } from "@/db/migrate";
import { createWorkspace, listMembers } from "@/server/workspaces";
import { callerFor, createUser } from "../../support/factories";
import { startWireDb } from "../../support/wire-server";

describe("the app's queries through node-postgres over the wire protocol", () => {
  let wire: Awaited<ReturnType<typeof startWireDb>>;

  beforeAll(async () => {
    wire = await startWireDb();
    await migrateDb(wire.db, "pg");
  });
  afterAll(() => wire?.close());

  it("applies the migrations with the server migrator, pgvector included", async () => {
    const rows = await executeRows(wire.db, sql`select extname from pg_extension where extname = 'vector'`);
    expect(rows).toEqual([{ extname: "vector" }]);
  });

  it("creates a workspace in a transaction and invites and admits a member", async () => {
    const owner = await createUser(wire.db, { name: "Wire Owner" });
    const workspace = await createWorkspace(wire.db, { name: "Wire Co", ownerId: owner.id });
    const ownerCaller = callerFor(wire.db, owner);
    const invite = await ownerCaller.invitations.create({ workspaceId: workspace.id, role: "agent" });

    const guest = await createUser(wire.db);
    const guestCaller = callerFor(wire.db, guest);
    await guestCaller.invitations.accept({ token: invite.url.split("/invite/")[1]! });

    const members = await listMembers({ db: wire.db, workspaceId: workspace.id });
    expect(members.map((member) => member.role)).toEqual(["owner", "agent"]);
  });

  it("rolls a failed transaction back", async () => {
    const owner = await createUser(wire.db);
    await expect(
      wire.db.transaction(async (tx) => {
        await createWorkspace(tx as never, { name: "Half Made", ownerId: owner.id });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const rows = await executeRows(wire.db, sql`select count(*)::int as n from workspaces where name = 'Half Made'`);
    expect(rows).toEqual([{ n: 0 }]);
  });
});
