import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { type NextAuthConfig } from "next-auth";
import { getDb, type Db } from "@/db/client";
import { accounts, users, verificationTokens } from "@/db/schema";
import { env } from "@/env";
import { releaseUnverifiedAccount } from "./accounts";
import { resolveAuthSecret } from "./local-secret";
import { buildProviders } from "./providers";

// Auth.js builds its links (magic links, OAuth callbacks) from AUTH_URL; without it, from the
// address the server is bound to. APP_URL is the public address, so it is Auth.js's too.
if (env.APP_URL && !process.env.AUTH_URL) process.env.AUTH_URL = new URL("/api/auth", env.APP_URL).toString();

/** Whether the identity provider vouches that the person owns this address. */
function providerProvesEmail(provider: string, profile: Record<string, unknown> | undefined): boolean {
  if (provider === "google") return profile?.email_verified === true;
  // GitHub gives the account's primary address, which GitHub requires its owner to verify.
  return provider === "github";
}

function buildAuthConfig(db: Db): NextAuthConfig {
  return {
    secret: resolveAuthSecret(),
    trustHost: true,
    adapter: DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, verificationTokensTable: verificationTokens } as never),
    // Credentials sign-in requires JWT sessions; they also keep the dashboard free of a session lookup per request.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    providers: buildProviders(db),
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    callbacks: {
      async signIn({ user, account, profile, email }) {
        // A clicked magic link or a provider's verified address proves ownership: an unconfirmed
        // password account squatting on that address must not capture the person.
        const proven = account?.type === "email" ? !email?.verificationRequest : Boolean(account && providerProvesEmail(account.provider, profile as Record<string, unknown>));
        if (proven && user.email && account?.type !== "credentials") await releaseUnverifiedAccount(db, user.email);
        return true;
      },
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          const [row] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, user.id));
          token.sv = row?.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        (session as typeof session & { sessionVersion?: number }).sessionVersion = typeof token.sv === "number" ? token.sv : -1;
        return session;
      },
    },
    logger: {
      error(error) {
        // Wrong passwords and unconfirmed addresses are expected traffic, not server errors worth a
        // stack trace. (`type`, not `name`: class names are minified in production builds.)
        if ((error as { type?: string }).type === "CredentialsSignin") return;
        console.error("[auth]", error);
      },
    },
  };
}

export const { auth, handlers, signIn, signOut } = NextAuth(async () => buildAuthConfig(await getDb()));
