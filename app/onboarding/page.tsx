import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { getDb } from "@/db/client";
import { requireSessionUser } from "@/server/auth";
import { listWorkspacesForUser } from "@/server/workspaces";

export const metadata = { title: "Create a workspace · Closer" };

export default async function OnboardingPage() {
  const user = await requireSessionUser("/onboarding");
  const existing = await listWorkspacesForUser(await getDb(), user.id);
  return (
    <AuthCard
      title={existing.length ? "Create another workspace" : "Create your workspace"}
      description="A workspace holds your agents, knowledge and conversations. Invite your team once it exists."
      footer={
        existing.length ? (
          <Link className="font-medium text-primary underline-offset-4 hover:underline" href={`/w/${existing[0]!.slug}`}>
            Back to {existing[0]!.name}
          </Link>
        ) : undefined
      }
    >
      <CreateWorkspaceForm />
    </AuthCard>
  );
}
