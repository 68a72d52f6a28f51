import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db/client";
import { loadLiveAgent } from "@/server/chat-runtime";

export const metadata = { title: "Try the agent · Closer" };

/** A page anyone can open to try a published agent in its real widget, without a website of their own. */
export default async function DemoPage({ params }: { params: Promise<{ agentId: string }> }) {
  await connection();
  const { agentId } = await params;
  const agent = await loadLiveAgent(await getDb(), agentId);
  if (!agent) notFound();
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center gap-4 px-6 py-16">
      <p className="text-sm font-semibold text-primary">Closer demo</p>
      <h1 className="text-3xl font-semibold tracking-tight">Try {agent.settings.name}</h1>
      <p className="text-muted-foreground">
        This page embeds the same chat widget a website gets from the snippet. Open it with the button in the corner and ask a
        question; the agent answers from its published knowledge.
      </p>
      <script async src="/widget.js" data-agent={agent.agentId} />
    </main>
  );
}
