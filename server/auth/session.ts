import { getDb } from "@/db/client";
import { getUser } from "./accounts";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  image: string | null;
}

/**
 * The signed-in person, re-read from the database on every request: a deleted account, an
 * unconfirmed address, or a session from before the last "sign out everywhere" (a password
 * change) does not count as signed in.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  // Loaded on demand: next-auth pulls in Next's request internals, which plain Node (tests, jobs) lacks.
  const { auth } = await import("./next-auth");
  const session = (await auth()) as ({ user?: { id?: string }; sessionVersion?: number } | null);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUser(await getDb(), id);
  if (!user || !user.emailVerified || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, image: user.image };
}
