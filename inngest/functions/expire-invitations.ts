import { cron } from "inngest";
import { getDb } from "@/db/client";
import { expireInvitations } from "@/server/workspaces";
import { defineJob } from "../define-job";
import { invitationsExpireRequested } from "../events";

/** Marks invitations past their expiry date as expired, hourly (or on demand). */
export const expireInvitationsJob = defineJob(
  { id: "expire-invitations", triggers: [cron("0 * * * *"), invitationsExpireRequested] },
  async ({ step }) => {
    const expired = await step.run("expire-invitations", async () => expireInvitations(await getDb()));
    return { expired };
  },
);
