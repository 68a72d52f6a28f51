import { and, count, eq, gt, inArray, isNull } from "drizzle-orm";
import { invitations, memberships, workspaces } from "@/db/schema";
import { AppError } from "../errors";
import { seatedRoles, type Role } from "./permissions";
import type { WorkspaceScope } from "./scope";

export interface SeatUsage {
  seats: number;
  members: number;
  pendingInvitations: number;
}

/** Seats in use: seated members plus live invitations that would seat someone when accepted. */
export async function getSeatUsage({ db, workspaceId }: WorkspaceScope): Promise<SeatUsage> {
  const [workspace] = await db.select({ seats: workspaces.seats }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!workspace) throw new AppError("NOT_FOUND", "Workspace not found.");
  const [members] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.role, [...seatedRoles])));
  const [pending] = await db
    .select({ n: count() })
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        inArray(invitations.role, [...seatedRoles]),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  return { seats: workspace.seats, members: members?.n ?? 0, pendingInvitations: pending?.n ?? 0 };
}

/**
 * Refuses to seat one more person when every seat is taken. `alreadyCounted` is true when the
 * person is already counted (e.g. accepting a pending seated invitation).
 */
export async function assertSeatAvailable(scope: WorkspaceScope, role: Role, alreadyCounted = false) {
  if (!seatedRoles.includes(role)) return;
  const usage = await getSeatUsage(scope);
  const used = usage.members + usage.pendingInvitations - (alreadyCounted ? 1 : 0);
  if (used + 1 > usage.seats) {
    throw new AppError(
      "CONFLICT",
      `All ${usage.seats} seats are in use (${usage.members} members and ${usage.pendingInvitations} pending ` +
        `invitations with the agent role or above). Add seats in workspace settings, or invite this person as a viewer.`,
    );
  }
}

/** Serialises seat-changing operations on one workspace, so two concurrent invitations cannot both take the last seat. */
export async function lockWorkspaceRow({ db, workspaceId }: WorkspaceScope) {
  await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, workspaceId)).for("update");
}

export async function setSeats(scope: WorkspaceScope, seats: number) {
  const { db, workspaceId } = scope;
  const usage = await getSeatUsage(scope);
  if (seats < usage.members) {
    throw new AppError("CONFLICT", `${usage.members} members already hold seats; remove or downgrade some before going below that.`);
  }
  await db.update(workspaces).set({ seats, updatedAt: new Date() }).where(eq(workspaces.id, workspaceId));
}
