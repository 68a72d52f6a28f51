import type { DbOrTx } from "@/db/client";

/** Every workspace-bound domain function takes this first; every query filters by `workspaceId`. */
export interface WorkspaceScope {
  db: DbOrTx;
  workspaceId: string;
  /** The signed-in person acting, when there is one (jobs act without). */
  actorId?: string;
}
