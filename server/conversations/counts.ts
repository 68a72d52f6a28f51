import { and, count, eq, gte, ne } from "drizzle-orm";
import { conversations } from "@/db/schema";
import type { WorkspaceScope } from "../workspaces";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ConversationCounts {
  /** Conversations with visitors; the dashboard's preview chats never count. */
  total: number;
  lastSevenDays: number;
  /** Preview chats, to tell whether anyone has tried an agent yet. */
  previews: number;
}

export async function countConversations(scope: WorkspaceScope, now: Date = new Date()): Promise<ConversationCounts> {
  const inWorkspace = eq(conversations.workspaceId, scope.workspaceId);
  const visitors = and(inWorkspace, ne(conversations.channel, "preview"));
  const [[total], [recent], [previews]] = await Promise.all([
    scope.db.select({ n: count() }).from(conversations).where(visitors),
    scope.db
      .select({ n: count() })
      .from(conversations)
      .where(and(visitors, gte(conversations.createdAt, new Date(now.getTime() - 7 * DAY_MS)))),
    scope.db.select({ n: count() }).from(conversations).where(and(inWorkspace, eq(conversations.channel, "preview"))),
  ]);
  return { total: total?.n ?? 0, lastSevenDays: recent?.n ?? 0, previews: previews?.n ?? 0 };
}
