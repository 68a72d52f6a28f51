import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { workspaces } from "@/db/schema";
import { env } from "@/env";
import { getLiveAgent, isOriginAllowed, verifyVisitorIdentity } from "../agents";
import { resolveChatModel, type Embedder } from "@/server/ai";
import type { EngineDeps } from "@/server/chat";
import { createConversationStore } from "@/server/conversations";
import { detectLanguage, knowledgeRetriever } from "@/server/knowledge/edge";
import type { Limits } from "@/server/rate-limits/edge";
import type { ChatServiceDeps } from "./chat-endpoint";
import type { VisitorApiDeps } from "./visitor-api";
import type { GateDeps, LiveAgentView } from "./visitor-gate";

/** The engine for one agent: its model, its workspace's knowledge, language detection. */
export function engineForAgent(db: Db, embedder: Embedder, agent: { workspaceId: string; settings: { model: string } }): EngineDeps {
  const { model, id } = resolveChatModel(agent.settings.model);
  return { model, modelId: id, retrieve: knowledgeRetriever({ db, workspaceId: agent.workspaceId }, embedder), detectLanguage };
}

export async function loadLiveAgent(db: Db, agentId: string): Promise<LiveAgentView | null> {
  const live = await getLiveAgent(db, agentId);
  if (!live) return null;
  const [workspace] = await db.select({ brandVoice: workspaces.brandVoice }).from(workspaces).where(eq(workspaces.id, live.workspaceId));
  return { agentId: live.agentId, workspaceId: live.workspaceId, settings: live.settings, brandVoice: workspace?.brandVoice ?? null };
}

function gateDeps(db: Db, limits: Limits, appOrigin: string): GateDeps {
  return { loadAgent: (agentId) => loadLiveAgent(db, agentId), isOriginAllowed, appOrigin, limits, trustedProxyHops: env.TRUSTED_PROXY_HOPS };
}

/** The chat service wired to a database and embedder; the Node and edge routes differ only in those. */
export function composeChatService(db: Db, embedder: () => Promise<Embedder>, limits: Limits, appOrigin: string): ChatServiceDeps {
  return {
    ...gateDeps(db, limits, appOrigin),
    store: createConversationStore(db),
    engineFor: async (agent) => engineForAgent(db, await embedder(), agent),
    verifyIdentity: (agentId, token) => verifyVisitorIdentity(db, agentId, token),
  };
}

/** The widget's other calls (configuration, history, feedback, an email for a person to reply to). */
export function composeVisitorApi(db: Db, limits: Limits, appOrigin: string): VisitorApiDeps {
  return { ...gateDeps(db, limits, appOrigin), db, verifyIdentity: (agentId, token) => verifyVisitorIdentity(db, agentId, token) };
}
