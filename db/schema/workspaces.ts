import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAtColumn, primaryId, updatedAtColumn } from "./columns";

export const memberRoles = ["owner", "admin", "editor", "agent", "viewer"] as const;
export const memberRole = pgEnum("member_role", memberRoles);

/** A tenant. Everything a company configures or collects belongs to exactly one workspace. */
export const workspaces = pgTable("workspaces", {
  id: primaryId(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  /** Paid seats: members with the role `agent` or above each take one. */
  seats: integer("seats").notNull().default(5),
  /** How the company sounds, for agents whose personality is "brand voice". */
  brandVoice: text("brand_voice"),
  createdAt: createdAtColumn(),
  updatedAt: updatedAtColumn(),
});

/** The owning workspace; deleting the workspace deletes the row. */
export const workspaceIdColumn = () =>
  uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });

export const memberships = pgTable(
  "memberships",
  {
    workspaceId: workspaceIdColumn(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull(),
    createdAt: createdAtColumn(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.userId] }), index("memberships_user_idx").on(table.userId)],
);

/** An invitation link. Only the SHA-256 of its token is stored, so a database leak reveals no live link. */
export const invitations = pgTable(
  "invitations",
  {
    id: primaryId(),
    workspaceId: workspaceIdColumn(),
    email: text("email"),
    role: memberRole("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    expiredAt: timestamp("expired_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (table) => [
    uniqueIndex("invitations_token_hash_idx").on(table.tokenHash),
    index("invitations_workspace_idx").on(table.workspaceId),
  ],
);
