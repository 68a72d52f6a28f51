import { and, asc, count, eq } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import { AppError } from "../errors";
import { roleRank, type Role } from "./permissions";
import type { WorkspaceScope } from "./scope";
import { assertSeatAvailable, lockWorkspaceRow } from "./seats";

export async function listMembers(scope: WorkspaceScope) {
  const rows = await scope.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      image: users.image,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, scope.workspaceId))
    .orderBy(asc(users.email));
  return rows.sort((a, b) => roleRank[b.role] - roleRank[a.role]);
}

async function roleOf(scope: WorkspaceScope, userId: string): Promise<Role | null> {
  const [row] = await scope.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, scope.workspaceId), eq(memberships.userId, userId)));
  return row?.role ?? null;
}

async function ownerCount(scope: WorkspaceScope): Promise<number> {
  const [row] = await scope.db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, scope.workspaceId), eq(memberships.role, "owner")));
  return row?.n ?? 0;
}

/** Only owners may make or unmake owners; a workspace always keeps at least one owner. */
async function assertOwnershipRules(scope: WorkspaceScope, targetRole: Role, nextRole: Role | null) {
  const actorRole = scope.actorId ? await roleOf(scope, scope.actorId) : null;
  const touchesOwner = targetRole === "owner" || nextRole === "owner";
  if (touchesOwner && actorRole !== "owner") {
    throw new AppError("FORBIDDEN", "Only an owner can change or remove an owner, or make someone an owner.");
  }
  if (targetRole === "owner" && nextRole !== "owner" && (await ownerCount(scope)) <= 1) {
    throw new AppError("CONFLICT", "A workspace needs at least one owner. Make someone else an owner first.");
  }
}

export async function changeMemberRole(scope: WorkspaceScope, input: { userId: string; role: Role }) {
  return scope.db.transaction(async (tx) => {
    const txScope = { ...scope, db: tx };
    await lockWorkspaceRow({ ...scope, db: tx });
    const current = await roleOf(txScope, input.userId);
    if (!current) throw new AppError("NOT_FOUND", "That person is not a member of this workspace.");
    if (current === input.role) return { userId: input.userId, role: current };
    await assertOwnershipRules(txScope, current, input.role);
    const takesNewSeat = current === "viewer";
    if (takesNewSeat) await assertSeatAvailable({ ...scope, db: tx }, input.role);
    await tx
      .update(memberships)
      .set({ role: input.role })
      .where(and(eq(memberships.workspaceId, scope.workspaceId), eq(memberships.userId, input.userId)));
    return { userId: input.userId, role: input.role };
  });
}

/** Removes a member; a person may always remove themself (leave), except the last owner. */
export async function removeMember(scope: WorkspaceScope, input: { userId: string }) {
  return scope.db.transaction(async (tx) => {
    const txScope = { ...scope, db: tx };
    const current = await roleOf(txScope, input.userId);
    if (!current) throw new AppError("NOT_FOUND", "That person is not a member of this workspace.");
    if (input.userId === scope.actorId && current === "owner" && (await ownerCount(txScope)) <= 1) {
      throw new AppError("CONFLICT", "You are the only owner. Make someone else an owner before leaving.");
    }
    if (input.userId !== scope.actorId) await assertOwnershipRules(txScope, current, null);
    await tx
      .delete(memberships)
      .where(and(eq(memberships.workspaceId, scope.workspaceId), eq(memberships.userId, input.userId)));
  });
}
