import { getEdgeDb } from "@/db/edge-client";
import { getEmbedder } from "@/server/ai/registry";
import { handleChatRequest } from "@/server/chat/service";
import { appOrigin } from "@/server/chat-runtime/origin";
import { composeChatService } from "@/server/chat-runtime/compose";

/** The same chat endpoint on the edge runtime, for deployments whose database is Neon. */
export const runtime = "edge";

export async function POST(request: Request, { params }: { params: Promise<{ agentId: string }> }) {
  const db = getEdgeDb();
  if (!db) return Response.json({ error: { message: "The edge chat endpoint needs DATABASE_URL (Neon). Use /api/chat/{agentId} instead." } }, { status: 503 });
  try {
    return await handleChatRequest(request, (await params).agentId, composeChatService(db, getEmbedder, appOrigin(request)));
  } catch (error) {
    console.error("[chat/edge]", error);
    return Response.json({ error: { message: "Something went wrong on our side. Please try again." } }, { status: 500 });
  }
}
