import { env } from "@/env";
import { sendMail } from "../notifications";
import type { Role } from "./permissions";

/** APP_URL when set (always set it in production, so links never follow a spoofed Host header). */
export function invitationUrl(token: string, requestOrigin: string): string {
  return new URL(`/invite/${token}`, env.APP_URL ?? requestOrigin).toString();
}

/** Emails the invitation link when mail is configured; returns whether an email went out. */
export async function sendInvitationEmail(input: { to: string; url: string; workspaceName: string; role: Role; inviter: string }) {
  const url = input.url;
  return sendMail({
    to: input.to,
    subject: `${input.inviter} invited you to ${input.workspaceName}`,
    text:
      `${input.inviter} invited you to join the workspace “${input.workspaceName}” as ${input.role}.\n\n` +
      `Accept the invitation: ${url}\n\nThe link expires in 7 days. If you did not expect this, ignore this email.`,
  });
}
