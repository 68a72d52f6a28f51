import { getDb } from "@/db/client";
import { handleFeedback, handlePreflight } from "@/server/chat-runtime";

type Context = { params: Promise<{ agentId: string }> };

export async function POST(request: Request, { params }: Context) {
  return handleFeedback(await getDb(), request, (await params).agentId);
}

export async function OPTIONS(request: Request, { params }: Context) {
  return handlePreflight(await getDb(), request, (await params).agentId);
}
