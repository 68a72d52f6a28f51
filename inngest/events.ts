import { eventType } from "inngest";
import { appEventSchemas } from "@/server/events";

/** Inngest's event types, one per app event, from the schemas in server/events.ts. */
export const invitationsExpireRequested = eventType("workspaces/invitations.expire-requested", {
  schema: appEventSchemas["workspaces/invitations.expire-requested"],
});

export const sourceSyncRequested = eventType("knowledge/source.sync-requested", {
  schema: appEventSchemas["knowledge/source.sync-requested"],
});

export const reembedRequested = eventType("knowledge/embeddings.reembed-requested", {
  schema: appEventSchemas["knowledge/embeddings.reembed-requested"],
});
