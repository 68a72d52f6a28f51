import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { AppEvent, EventSender } from "@/server/events";
import { createLimits } from "@/server/rate-limits";
import type { TrpcContext } from "@/server/trpc/init";
import { createCaller } from "@/server/trpc/root";
import { createWorkspace } from "@/server/workspaces";

export async function createUser(db: Db, overrides: { email?: string; name?: string } = {}) {
  const email = overrides.email ?? `person-${randomUUID().slice(0, 8)}@example.test`;
  const [user] = await db.insert(users).values({ email, name: overrides.name ?? "Test Person", emailVerified: new Date() }).returning();
  if (!user) throw new Error("user insert failed");
  return user;
}

/** An event sender that only records, for tests that check which jobs a call starts. */
export function recordingEvents(): EventSender & { sent: AppEvent[] } {
  const sent: AppEvent[] = [];
  return { sent, send: async (events) => void sent.push(...[events].flat()) };
}

type TestUser = { id: string; email: string; name?: string | null } | null;

export function contextFor(db: Db, user: TestUser, overrides: Partial<TrpcContext> = {}): TrpcContext {
  return {
    db,
    user: user ? { id: user.id, email: user.email, name: user.name ?? null } : null,
    address: "203.0.113.7",
    origin: "http://127.0.0.1:3000",
    limits: createLimits({ kind: "memory" }),
    events: recordingEvents(),
    ...overrides,
  };
}

export function callerFor(db: Db, user: TestUser, overrides: Partial<TrpcContext> | string = {}) {
  return createCaller(contextFor(db, user, typeof overrides === "string" ? { address: overrides } : overrides));
}

/** A workspace with its owner, and a caller acting as that owner. */
export async function createWorkspaceWithOwner(db: Db, name = "Acme Support") {
  const owner = await createUser(db, { name: "Olivia Owner" });
  const workspace = await createWorkspace(db, { name, ownerId: owner.id });
  return { owner, workspace, caller: callerFor(db, owner) };
}

/** Adds a member with a role directly, bypassing invitations, for tests about what roles may do. */
export async function addMember(db: Db, workspaceId: string, role: "admin" | "editor" | "agent" | "viewer" | "owner") {
  const { memberships } = await import("@/db/schema");
  const user = await createUser(db, { name: `${role} person` });
  await db.insert(memberships).values({ workspaceId, userId: user.id, role });
  return { user, caller: callerFor(db, user) };
}
