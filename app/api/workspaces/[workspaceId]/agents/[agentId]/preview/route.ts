import { getDb } from "@/db/client";
import { getSessionUser } from "@/server/auth";
import { handlePreviewRequest } from "@/server/chat-runtime/preview";
import { errorResponse } from "@/server/errors";

export const runtime = "nodejs";

type Context = { params: Promise<{ workspaceId: string; agentId: string }> };

/** A message to the agent's draft from the dashboard's preview; answered with a UI message stream and its trace. */
export async function POST(request: Request, { params }: Context) {
  try {
    const { workspaceId, agentId } = await params;
    const user = await getSessionUser();
    return await handlePreviewRequest(await getDb(), request, { workspaceId, agentId, userId: user?.id });
  } catch (error) {
    return errorResponse(error, "agents/preview");
  }
}
