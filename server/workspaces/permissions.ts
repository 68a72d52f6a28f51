import type { memberRoles } from "@/db/schema";
import { AppError } from "../errors";

export type Role = (typeof memberRoles)[number];

/** Ordered from most to least powerful; used to sort and to describe roles in the UI. */
export const roleRank: Record<Role, number> = { owner: 5, admin: 4, editor: 3, agent: 2, viewer: 1 };

/** Roles that occupy a seat: everyone who works in the product, not read-only viewers. */
export const seatedRoles: readonly Role[] = ["owner", "admin", "editor", "agent"];

export const roleDescriptions: Record<Role, string> = {
  owner: "Everything, including deleting the workspace and managing seats.",
  admin: "Workspace settings, members, the closing agent, and everything an editor can do.",
  editor: "Configures agents and knowledge, and works conversations.",
  agent: "Works conversations handed off by the AI agent.",
  viewer: "Read-only access to the dashboard.",
};

/**
 * The one map that decides what each role may do. Procedures name a permission; nothing else
 * compares roles directly.
 */
export const permissions = {
  "workspace.view": ["owner", "admin", "editor", "agent", "viewer"],
  "workspace.update": ["owner", "admin"],
  "workspace.delete": ["owner"],
  "workspace.manageSeats": ["owner"],
  "members.view": ["owner", "admin", "editor", "agent", "viewer"],
  "members.manage": ["owner", "admin"],
  "agents.configure": ["owner", "admin", "editor"],
  "knowledge.manage": ["owner", "admin", "editor"],
  "conversations.work": ["owner", "admin", "editor", "agent"],
  "closing.manage": ["owner", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export function assertCan(role: Role, permission: Permission): void {
  if (!can(role, permission)) {
    throw new AppError("FORBIDDEN", "Your role in this workspace does not allow this.");
  }
}

/** Every permission a role holds, for the client to hide what it may not do. */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(permissions) as Permission[]).filter((permission) => can(role, permission));
}
