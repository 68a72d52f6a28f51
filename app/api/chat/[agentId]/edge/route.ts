import { getEdgeDb } from "@/db/edge-client";
import { getEmbedder } from "@/server/ai";
import { composeChatService, handleChatRequest } from "@/server/chat-runtime/edge";
import { AppError } from "@/server/errors";
import { appOrigin } from "@/server/http/edge";
import { createLimits } from "@/server/rate-limits/edge";

/** The same chat endpoint on the edge runtime, for deployments whose database is Neon. */
export const runtime = "edge";

export async function POST(request: Request, { params }: { params: Promise<{ agentId: string }> }) {
  const edge = getEdgeDb();
  if (!edge) return new AppError("UPSTREAM", "The edge chat endpoint needs DATABASE_URL (Neon). Use /api/chat/{agentId} instead.").toResponse();
  const limits = createLimits({ kind: "postgres", pool: edge.pool });
  return handleChatRequest(request, (await params).agentId, composeChatService(edge.db, getEmbedder, limits, appOrigin(request)));
}
