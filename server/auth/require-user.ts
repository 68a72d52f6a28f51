import { redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "./session";

/** For pages: the signed-in person, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireSessionUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
