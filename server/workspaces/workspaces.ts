import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { memberships, workspaces } from "@/db/schema";
import { AppError } from "../errors";
import type { Role } from "./permissions";
import type { WorkspaceScope } from "./scope";
import { slugify } from "./slug";

const BRAND_VOICE_MAX = 2_000;

export interface WorkspaceSummary {
  id: string;
  name: string;
  slug: string;
  role: Role;
}

export async function createWorkspace(db: Db, input: { name: string; ownerId: string }) {
  const name = input.name.trim();
  if (!name) throw new AppError("INVALID", "Give the workspace a name.");
  return db.transaction(async (tx) => {
    const slug = await uniqueSlug(tx, slugify(name));
    const [workspace] = await tx.insert(workspaces).values({ name, slug }).returning();
    if (!workspace) throw new AppError("CONFLICT", "Could not create the workspace.");
    await tx.insert(memberships).values({ workspaceId: workspace.id, userId: input.ownerId, role: "owner" });
    return workspace;
  });
}

export async function listWorkspacesForUser(db: DbOrTx, userId: string): Promise<WorkspaceSummary[]> {
  return db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}

/** The workspace and the person's role in it, or null when they are not a member (callers answer NOT_FOUND). */
export async function findMembership(db: DbOrTx, by: { userId: string } & ({ workspaceId: string } | { slug: string })) {
  const [row] = await db
    .select({ workspace: workspaces, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(
      and(
        eq(memberships.userId, by.userId),
        "slug" in by ? eq(workspaces.slug, by.slug) : eq(workspaces.id, by.workspaceId),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function getWorkspace(scope: WorkspaceScope) {
  const [workspace] = await scope.db.select().from(workspaces).where(eq(workspaces.id, scope.workspaceId));
  if (!workspace) throw new AppError("NOT_FOUND", "Workspace not found.");
  return workspace;
}

export async function updateWorkspace(scope: WorkspaceScope, input: { name?: string; slug?: string; brandVoice?: string | null }) {
  const changes: Partial<typeof workspaces.$inferInsert> = { updatedAt: new Date() };
  if (input.brandVoice !== undefined) {
    const brandVoice = input.brandVoice?.trim() ?? "";
    if (brandVoice.length > BRAND_VOICE_MAX) throw new AppError("INVALID", `Keep the brand voice under ${BRAND_VOICE_MAX.toLocaleString("en")} characters.`);
    // An emptied text means "no brand voice", not a voice of nothing.
    changes.brandVoice = brandVoice || null;
  }
  if (input.name !== undefined) {
    if (!input.name.trim()) throw new AppError("INVALID", "Give the workspace a name.");
    changes.name = input.name.trim();
  }
  if (input.slug !== undefined) {
    const slug = slugify(input.slug);
    const [taken] = await scope.db
      .select({ id: workspaces.id })
      .from(workspaces)
      .where(and(eq(workspaces.slug, slug), sql`${workspaces.id} <> ${scope.workspaceId}`));
    if (taken) throw new AppError("CONFLICT", `The address “${slug}” is already taken.`);
    changes.slug = slug;
  }
  const [updated] = await scope.db
    .update(workspaces)
    .set(changes)
    .where(eq(workspaces.id, scope.workspaceId))
    .returning();
  if (!updated) throw new AppError("NOT_FOUND", "Workspace not found.");
  return updated;
}

export async function deleteWorkspace(scope: WorkspaceScope, confirmName: string) {
  const workspace = await getWorkspace(scope);
  if (confirmName.trim() !== workspace.name) {
    throw new AppError("INVALID", "Type the workspace name exactly to confirm deletion.");
  }
  await scope.db.delete(workspaces).where(eq(workspaces.id, scope.workspaceId));
}

async function uniqueSlug(db: DbOrTx, base: string): Promise<string> {
  const rows = await db
    .select({ slug: workspaces.slug })
    .from(workspaces)
    .where(sql`${workspaces.slug} = ${base} or ${workspaces.slug} like ${`${base}-%`}`);
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
