import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/dashboard/app-shell";
import { WorkspaceProvider } from "@/components/dashboard/workspace-context";
import { getDb } from "@/db/client";
import { requireSessionUser } from "@/server/auth";
import { findMembership, listWorkspacesForUser, permissionsOf } from "@/server/workspaces";

export default async function WorkspaceLayout({ params, children }: { params: Promise<{ slug: string }>; children: ReactNode }) {
  const { slug } = await params;
  const user = await requireSessionUser(`/w/${slug}`);
  const db = await getDb();
  const membership = await findMembership(db, { userId: user.id, slug });
  if (!membership) notFound();
  const workspaces = await listWorkspacesForUser(db, user.id);
  const { workspace, role } = membership;
  return (
    <WorkspaceProvider value={{ id: workspace.id, name: workspace.name, slug: workspace.slug, role, permissions: permissionsOf(role), userId: user.id }}>
      <AppShell current={{ slug: workspace.slug, name: workspace.name }} workspaces={workspaces} user={user}>
        {children}
      </AppShell>
    </WorkspaceProvider>
  );
}
