import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import type { Db } from "@/db/client";
import { env } from "@/env";
import { isAppError } from "../errors";
import { clientAddress } from "@/server/http";
import { sendMail } from "../notifications";
import { appLimits, limits } from "../rate-limits";
import { EmailNotVerified, normaliseEmail, verifyCredentials } from "./accounts";
import { magicLinkEnabled } from "./sign-in-methods";

class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

class UnverifiedEmail extends CredentialsSignin {
  code = "unverified";
}

const credentialsInput = z.object({ email: z.string().max(320), password: z.string().max(1000) });

/** Throttled like every other door: per address, and per inbox so nobody floods a stranger's mailbox through us. */
async function limitMagicLinks(email: string, request: Request): Promise<void> {
  const store = await appLimits();
  await store.take(limits.authEmailsPerAddress, clientAddress(request.headers, env.TRUSTED_PROXY_HOPS));
  await store.take(limits.authEmailsPerRecipient, normaliseEmail(email));
}

export function buildProviders(db: Db): Provider[] {
  const providers: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        try {
          return await verifyCredentials(db, await appLimits(), { ...parsed.data, address: clientAddress(request.headers, env.TRUSTED_PROXY_HOPS) });
        } catch (error) {
          if (isAppError(error) && error.code === "RATE_LIMITED") throw new TooManyAttempts();
          if (error instanceof EmailNotVerified) throw new UnverifiedEmail();
          throw error;
        }
      },
    }),
  ];
  if (magicLinkEnabled()) {
    providers.push({
      id: "email",
      type: "email",
      name: "Email",
      from: env.EMAIL_FROM,
      maxAge: 24 * 60 * 60,
      options: {},
      async sendVerificationRequest({ identifier, url, request }) {
        await limitMagicLinks(identifier, request);
        const sent = await sendMail({
          to: identifier,
          subject: "Your sign-in link",
          text: `Sign in to Closer: ${url}\n\nThe link works once and expires in 24 hours. If you did not ask for it, ignore this email.`,
        });
        if (!sent) console.info(`[auth] Magic sign-in link for ${identifier}: ${url}`);
      },
    });
  }
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  }
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  }
  return providers;
}
