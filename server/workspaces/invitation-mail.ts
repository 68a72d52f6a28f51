import { env } from "@/env";
import { sendMail } from "../notifications";
import type { Role } from "./permissions";

export function invitationUrl(token: string): string {
  return new URL(`/invite/${token}`, env.APP_URL).toString();
}

/** Emails the invitation link when mail is configured; returns whether an email went out. */
export async function sendInvitationEmail(input: { to: string; token: string; workspaceName: string; role: Role; inviter: string }) {
  const url = invitationUrl(input.token);
  return sendMail({
    to: input.to,
    subject: `${input.inviter} invited you to ${input.workspaceName}`,
    text:
      `${input.inviter} invited you to join the workspace “${input.workspaceName}” as ${input.role}.\n\n` +
      `Accept the invitation: ${url}\n\nThe link expires in 7 days. If you did not expect this, ignore this email.`,
  });
}
