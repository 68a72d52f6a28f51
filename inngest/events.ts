import { eventType } from "inngest";
import { z } from "zod";
import { SYNC_REQUESTED } from "@/server/knowledge";

/** Every event the app sends, with its payload schema. Names follow `domain/noun.verb`. */
export const invitationsExpireRequested = eventType("workspaces/invitations.expire-requested", {
  schema: z.object({ reason: z.string().optional() }),
});

export const sourceSyncRequested = eventType(SYNC_REQUESTED, {
  schema: z.object({ workspaceId: z.uuid(), sourceId: z.uuid(), runId: z.uuid(), host: z.string().optional() }),
});

export const reembedRequested = eventType("knowledge/embeddings.reembed-requested", {
  schema: z.object({ reason: z.string().optional() }),
});
