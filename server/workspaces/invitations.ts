import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, lte } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { invitations, memberships, users, workspaces } from "@/db/schema";
import { AppError } from "../errors";
import type { Role } from "./permissions";
import type { WorkspaceScope } from "./scope";
import { assertInvitationQuota } from "./quotas";
import { assertSeatAvailable, lockWorkspaceRow } from "./seats";

export const INVITATION_TTL_DAYS = 7;

export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function invitationStatus(row: typeof invitations.$inferSelect, now = new Date()): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiredAt || row.expiresAt <= now) return "expired";
  return "pending";
}

/** Creates an invitation and returns its one-time token; only the token's hash is stored. */
export async function createInvitation(scope: WorkspaceScope, input: { email?: string | null; role: Exclude<Role, "owner"> }) {
  const email = input.email?.trim().toLowerCase() || null;
  return scope.db.transaction(async (tx) => {
    await lockWorkspaceRow({ ...scope, db: tx });
    if (email) {
      const [existing] = await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.workspaceId, scope.workspaceId), eq(users.email, email)));
      if (existing) throw new AppError("CONFLICT", `${email} is already a member of this workspace.`);
    }
    await assertSeatAvailable({ ...scope, db: tx }, input.role);
    await assertInvitationQuota({ ...scope, db: tx });
    const token = randomBytes(32).toString("base64url");
    const [invitation] = await tx
      .insert(invitations)
      .values({
        workspaceId: scope.workspaceId,
        email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: scope.actorId ?? null,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000),
      })
      .returning();
    if (!invitation) throw new AppError("CONFLICT", "Could not create the invitation.");
    return { invitation, token };
  });
}

export async function listPendingInvitations(scope: WorkspaceScope) {
  return scope.db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
      invitedByEmail: users.email,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(
      and(
        eq(invitations.workspaceId, scope.workspaceId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

export async function revokeInvitation(scope: WorkspaceScope, invitationId: string) {
  const [revoked] = await scope.db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(invitations.id, invitationId), eq(invitations.workspaceId, scope.workspaceId), isNull(invitations.acceptedAt)),
    )
    .returning({ id: invitations.id });
  if (!revoked) throw new AppError("NOT_FOUND", "Invitation not found.");
}

/** What the invitation page shows before the person accepts. Anyone holding the link may see it. */
export async function previewInvitation(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ invitation: invitations, workspaceName: workspaces.name, inviterName: users.name, inviterEmail: users.email })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) throw new AppError("NOT_FOUND", "This invitation link is not valid. Ask for a new one.");
  return {
    workspaceName: row.workspaceName,
    role: row.invitation.role,
    email: row.invitation.email,
    invitedBy: row.inviterName ?? row.inviterEmail ?? null,
    expiresAt: row.invitation.expiresAt,
    status: invitationStatus(row.invitation),
  };
}

export async function acceptInvitation(db: Db, input: { token: string; userId: string; email: string }) {
  return db.transaction(async (tx) => {
    const [invitation] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(input.token)));
    if (!invitation) throw new AppError("NOT_FOUND", "This invitation link is not valid. Ask for a new one.");
    await lockWorkspaceRow({ db: tx, workspaceId: invitation.workspaceId });
    const [workspace] = await tx.select().from(workspaces).where(eq(workspaces.id, invitation.workspaceId));
    if (!workspace) throw new AppError("NOT_FOUND", "This workspace no longer exists.");
    const [membership] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, input.userId)));
    if (membership) return workspace;
    const status = invitationStatus(invitation);
    if (status !== "pending") {
      throw new AppError("CONFLICT", `This invitation has been ${status === "accepted" ? "used already" : status}. Ask for a new one.`);
    }
    const [person] = await tx.select({ emailVerified: users.emailVerified }).from(users).where(eq(users.id, input.userId));
    // An address nobody has proven proves nothing: such accounts cannot sign in, and cannot join either.
    if (!person?.emailVerified) throw new AppError("FORBIDDEN", "Confirm your email address before accepting an invitation.");
    if (invitation.email && invitation.email !== input.email.toLowerCase()) {
      throw new AppError("FORBIDDEN", `This invitation is for ${invitation.email}. Sign in with that address to accept it.`);
    }
    await assertSeatAvailable({ db: tx, workspaceId: workspace.id }, invitation.role, true);
    await tx.insert(memberships).values({ workspaceId: workspace.id, userId: input.userId, role: invitation.role });
    await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedBy: input.userId })
      .where(eq(invitations.id, invitation.id));
    return workspace;
  });
}

/** Marks invitations past their expiry as expired (the cron job); returns how many changed. */
export async function expireInvitations(db: DbOrTx, now = new Date()): Promise<number> {
  const expired = await db
    .update(invitations)
    .set({ expiredAt: now })
    .where(
      and(
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        isNull(invitations.expiredAt),
        lte(invitations.expiresAt, now),
      ),
    )
    .returning({ id: invitations.id });
  return expired.length;
}
