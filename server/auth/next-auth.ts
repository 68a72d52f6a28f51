import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import { getDb, type Db } from "@/db/client";
import { accounts, users, verificationTokens } from "@/db/schema";
import { env } from "@/env";
import { discardUnprovenPassword, removeUnprovenAccount } from "./accounts";
import { resolveAuthSecret } from "./local-secret";
import { buildProviders } from "./providers";

// APP_URL is the public address, so it is Auth.js's too (its server-side helpers read AUTH_URL;
// the route handler re-addresses requests with `publicAuthRequest`).
if (env.APP_URL && !process.env.AUTH_URL) process.env.AUTH_URL = new URL("/api/auth", env.APP_URL).toString();

type AdapterUser = { id: string; email: string; name?: string | null; image?: string | null; emailVerified: Date | null };
const publicFields = <T extends AdapterUser | null>(user: T): T =>
  (user && { id: user.id, email: user.email, name: user.name ?? null, image: user.image ?? null, emailVerified: user.emailVerified }) as T;

/**
 * The Drizzle adapter returns whole user rows; Auth.js copies what it gets into new rows and tokens.
 * Only the fields Auth.js knows about pass, so a password hash never travels through its flows.
 */
function withoutSecrets(adapter: Adapter): Adapter {
  return {
    ...adapter,
    getUser: async (id) => publicFields((await adapter.getUser!(id)) as AdapterUser | null),
    getUserByEmail: async (email) => publicFields((await adapter.getUserByEmail!(email)) as AdapterUser | null),
    getUserByAccount: async (account) => publicFields((await adapter.getUserByAccount!(account)) as AdapterUser | null),
  };
}

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
    adapter: withoutSecrets(DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, verificationTokensTable: verificationTokens } as never)),
    // Credentials sign-in requires JWT sessions; they also keep the dashboard free of a session lookup per request.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    providers: buildProviders(db),
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    callbacks: {
      async signIn({ user, account, profile, email }) {
        // A clicked magic link or a provider's verified address proves ownership: an unconfirmed
        // password account squatting on that address must not capture the person.
        if (!user.email || !account) return true;
        if (account.type === "email" && !email?.verificationRequest) await discardUnprovenPassword(db, user.email);
        if ((account.type === "oauth" || account.type === "oidc") && providerProvesEmail(account.provider, profile as Record<string, unknown>)) await removeUnprovenAccount(db, user.email);
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
