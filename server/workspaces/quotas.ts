import { and, count, eq, gt } from "drizzle-orm";
import type { WorkspaceScope } from "./scope";
import { invitations } from "@/db/schema";
import { env } from "@/env";
import { AppError } from "../errors";

/** What one workspace may use on this install (0 = no limit), from the QUOTA_* settings. */
export interface WorkspaceQuotas {
  crawledPages: number;
  storageBytes: number;
  invitationsPerDay: number;
}

export function workspaceQuotas(): WorkspaceQuotas {
  return { crawledPages: env.QUOTA_CRAWL_PAGES, storageBytes: env.QUOTA_STORAGE_MB * 1024 * 1024, invitationsPerDay: env.QUOTA_INVITATIONS_PER_DAY };
}

/** Invitations the workspace created in the last 24 hours. */
export async function invitationsToday({ db, workspaceId }: WorkspaceScope): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), gt(invitations.createdAt, new Date(Date.now() - 86_400_000))));
  return row?.n ?? 0;
}

/** Call with the workspace row locked, so two admins inviting at once cannot both take the last one. */
export async function assertInvitationQuota(scope: WorkspaceScope): Promise<void> {
  const { invitationsPerDay } = workspaceQuotas();
  if (invitationsPerDay > 0 && (await invitationsToday(scope)) >= invitationsPerDay) {
    throw new AppError("RATE_LIMITED", `This workspace has sent its ${invitationsPerDay} invitations for today. Try again tomorrow, or raise QUOTA_INVITATIONS_PER_DAY.`, {
      headers: { "retry-after": "3600" },
    });
  }
}
