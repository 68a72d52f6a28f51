import { getDb } from "@/db/client";
import { getEmbedder } from "@/server/ai";
import { appOrigin } from "@/server/http";
import { appLimits } from "../rate-limits";
import { composeChatService, composeVisitorApi } from "./compose";

/** The chat service on the app's own database, embedder and limits, for the Node routes. */
export async function appChatService(request: Request) {
  return composeChatService(await getDb(), getEmbedder, await appLimits(), appOrigin(request));
}

/** The widget's other endpoints on the app's own database and limits. */
export async function appVisitorApi(request: Request) {
  return composeVisitorApi(await getDb(), await appLimits(), appOrigin(request));
}
