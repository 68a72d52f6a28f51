import type { Db } from "@/db/client";
import { AppError } from "../errors";
import { can, type Permission } from "./permissions";
import type { WorkspaceScope } from "./scope";
import { findMembership } from "./workspaces";

/** For route handlers: the scope of a member allowed to do `permission`, else NOT_FOUND or FORBIDDEN. */
export async function authorizeWorkspace(db: Db, input: { userId: string | undefined; workspaceId: string; permission: Permission }): Promise<WorkspaceScope> {
  if (!input.userId) throw new AppError("UNAUTHORIZED", "Please sign in.");
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(input.workspaceId);
  const membership = isUuid ? await findMembership(db, { userId: input.userId, workspaceId: input.workspaceId }) : null;
  if (!membership) throw new AppError("NOT_FOUND", "Workspace not found.");
  if (!can(membership.role, input.permission)) throw new AppError("FORBIDDEN", "Your role in this workspace does not allow this.");
  return { db, workspaceId: membership.workspace.id, actorId: input.userId };
}
