import { notFound } from "next/navigation";
import { WorkspaceOverview } from "@/components/workspaces/workspace-overview";
import { getDb } from "@/db/client";
import { summarizeAgents } from "@/server/agents";
import { requireSessionUser } from "@/server/auth";
import { countConversations } from "@/server/conversations";
import { listSources } from "@/server/knowledge";
import { findMembership, getSeatUsage, listMembers, roleDescriptions } from "@/server/workspaces";

export default async function OverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireSessionUser(`/w/${slug}`);
  const db = await getDb();
  const membership = await findMembership(db, { userId: user.id, slug });
  if (!membership) notFound();
  const scope = { db, workspaceId: membership.workspace.id };
  const [members, seats, agents, conversations, sources] = await Promise.all([
    listMembers(scope),
    getSeatUsage({ db, workspaceId: membership.workspace.id }),
    summarizeAgents(scope),
    countConversations(scope),
    listSources(scope),
  ]);
  return (
    <WorkspaceOverview
      name={membership.workspace.name}
      role={membership.role}
      roleDescription={roleDescriptions[membership.role]}
      memberCount={members.length}
      seats={seats}
      agents={agents}
      conversations={conversations}
      indexedDocuments={sources.reduce((sum, source) => sum + source.documentCount, 0)}
    />
  );
}
