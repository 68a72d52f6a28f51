import { env } from "@/env";

/** Magic links need mail; in development without SMTP the link goes to the server log instead. */
export const magicLinkEnabled = () => Boolean(env.SMTP_URL) || env.NODE_ENV === "development";

/** What the sign-in page offers, without exposing any configuration values. */
export function availableSignInMethods() {
  return {
    password: true,
    magicLink: magicLinkEnabled(),
    github: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
    google: Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET),
  };
}
