import { notFound } from "next/navigation";
import { AgentEditor } from "@/components/agents/agent-editor";
import { AgentPreview } from "@/components/agents/preview/agent-preview";

export const metadata = { title: "Agent · Closer" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AgentPage({ params }: { params: Promise<{ agentId: string }> }) {
  const { agentId } = await params;
  if (!UUID.test(agentId)) notFound();
  return <AgentEditor agentId={agentId} preview={<AgentPreview agentId={agentId} />} />;
}
