import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { type NextAuthConfig } from "next-auth";
import { getDb, type Db } from "@/db/client";
import { accounts, users, verificationTokens } from "@/db/schema";
import { resolveAuthSecret } from "./local-secret";
import { buildProviders } from "./providers";

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
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
    logger: {
      error(error) {
        // A wrong password is expected traffic, not a server error worth a stack trace. (`type`, not
        // `name`: class names are minified in production builds.)
        if ((error as { type?: string }).type === "CredentialsSignin") return;
        console.error("[auth]", error);
      },
    },
  };
}

export const { auth, handlers, signIn, signOut } = NextAuth(async () => buildAuthConfig(await getDb()));
