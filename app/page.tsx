import { connection } from "next/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LAST_WORKSPACE_COOKIE } from "@/components/workspaces/last-workspace";
import { getDb } from "@/db/client";
import { getSessionUser, hasAnyAccount } from "@/server/auth";
import { listWorkspacesForUser } from "@/server/workspaces";

export default async function HomePage() {
  // Rendered per request: never let the build open the database.
  await connection();
  const db = await getDb();
  const user = await getSessionUser();
  if (!user) redirect((await hasAnyAccount(db)) ? "/sign-in" : "/sign-up");
  const workspaces = await listWorkspacesForUser(db, user.id);
  if (workspaces.length === 0) redirect("/onboarding");
  const last = (await cookies()).get(LAST_WORKSPACE_COOKIE)?.value;
  const target = workspaces.find((workspace) => workspace.slug === last) ?? workspaces[0]!;
  redirect(`/w/${target.slug}`);
}
