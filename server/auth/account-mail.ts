import { sendMail } from "../notifications";

/**
 * Sends an account email (verification, "you already have an account"). Without SMTP the link is
 * written to the server log, in every environment: the operator of a fresh install reads it there.
 */
export async function sendAccountMail(input: { to: string; subject: string; text: string; link: string }): Promise<void> {
  const sent = await sendMail({ to: input.to, subject: input.subject, text: input.text });
  if (!sent) console.info(`[auth] No SMTP_URL set, so this email was not sent. “${input.subject}” for ${input.to}: ${input.link}`);
}
