import { getDb } from "@/db/client";
import { getUser } from "./accounts";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  image: string | null;
}

/** The signed-in person, re-read from the database so a deleted account's session stops working. */
export async function getSessionUser(): Promise<SessionUser | null> {
  // Loaded on demand: next-auth pulls in Next's request internals, which plain Node (tests, jobs) lacks.
  const { auth } = await import("./next-auth");
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUser(await getDb(), id);
  return user ? { id: user.id, email: user.email, name: user.name, image: user.image } : null;
}
