import { env } from "@/env";
import { assertSignInAllowed, handleAuthJs, normaliseEmail } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { appOrigin, clientAddress, readFormBody, routeHandler, withBoundedBody } from "@/server/http";
import { appLimits } from "@/server/rate-limits";

export async function GET(request: Request) {
  return handleAuthJs(request, "GET");
}

/**
 * Password sign-ins over their limit are answered 429 with Retry-After before Auth.js (and the
 * password hash) is reached. The body still carries the `url` Auth.js's client reads, so the
 * sign-in form shows its "too many attempts" message.
 */
export const POST = routeHandler("auth", async (incoming: Request) => {
  // Auth.js posts small forms; nothing bigger is read.
  const request = await withBoundedBody(incoming, 64 * 1024);
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    const form = await readFormBody(request.clone(), 16 * 1024).catch(() => null);
    const email = normaliseEmail(String(form?.get("email") ?? ""));
    try {
      await assertSignInAllowed(await appLimits(), clientAddress(request.headers, env.TRUSTED_PROXY_HOPS), email);
    } catch (error) {
      if (!isAppError(error) || error.code !== "RATE_LIMITED") throw error;
      const url = new URL("/sign-in?error=CredentialsSignin&code=rate_limited", appOrigin(request)).toString();
      return Response.json({ url, error: { code: error.code, message: error.message } }, { status: 429, headers: error.headers });
    }
  }
  return handleAuthJs(request, "POST");
});
