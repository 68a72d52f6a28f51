import { getDb } from "@/db/client";
import { handleConversationHistory, handlePreflight } from "@/server/chat-runtime";

type Context = { params: Promise<{ agentId: string; conversationId: string }> };

export async function GET(request: Request, { params }: Context) {
  const { agentId, conversationId } = await params;
  return handleConversationHistory(await getDb(), request, agentId, conversationId);
}

export async function OPTIONS(request: Request, { params }: Context) {
  return handlePreflight(await getDb(), request, (await params).agentId);
}
