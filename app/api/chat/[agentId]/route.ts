import { getDb } from "@/db/client";
import { getEmbedder } from "@/server/ai/registry";
import { handleChatRequest } from "@/server/chat/service";
import { appOrigin, composeChatService, handlePreflight } from "@/server/chat-runtime";
import { errorResponse } from "@/server/errors";

type Context = { params: Promise<{ agentId: string }> };

export async function POST(request: Request, { params }: Context) {
  try {
    const service = composeChatService(await getDb(), getEmbedder, appOrigin(request));
    return await handleChatRequest(request, (await params).agentId, service);
  } catch (error) {
    return errorResponse(error, "chat");
  }
}

export async function OPTIONS(request: Request, { params }: Context) {
  return handlePreflight(await getDb(), request, (await params).agentId);
}
