import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

let transport: Transporter | undefined;

export function isMailConfigured(): boolean {
  return Boolean(env.SMTP_URL);
}

/**
 * Sends an email when SMTP is configured and reports whether it did. Without SMTP nothing is sent;
 * callers offer the link in the UI instead (and in development it is written to the server log).
 */
export async function sendMail(message: MailMessage): Promise<boolean> {
  if (!env.SMTP_URL) {
    if (env.NODE_ENV === "development") console.info(`[mail] (not sent, no SMTP_URL) to ${message.to}: ${message.subject}\n${message.text}`);
    return false;
  }
  transport ??= createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.EMAIL_FROM, ...message });
  return true;
}
