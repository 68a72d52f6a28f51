import { getDb } from "@/db/client";
import { handlePreflight, handleWidgetConfig } from "@/server/chat-runtime";

type Context = { params: Promise<{ agentId: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleWidgetConfig(await getDb(), request, (await params).agentId);
}

export async function OPTIONS(request: Request, { params }: Context) {
  return handlePreflight(await getDb(), request, (await params).agentId);
}
