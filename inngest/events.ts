import { eventType } from "inngest";
import { z } from "zod";

/** Every event the app sends, with its payload schema. Names follow `domain/noun.verb`. */
export const invitationsExpireRequested = eventType("workspaces/invitations.expire-requested", {
  schema: z.object({ reason: z.string().optional() }),
});
