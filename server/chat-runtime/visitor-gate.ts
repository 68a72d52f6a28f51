import type { AgentSettings } from "../agents";
import { AppError } from "../errors";
import { clientAddress } from "@/server/http/edge";
import type { LimitRule, Limits } from "@/server/rate-limits/edge";

export interface LiveAgentView {
  agentId: string;
  workspaceId: string;
  settings: AgentSettings;
  brandVoice: string | null;
}

/** What every visitor endpoint needs to decide whether to serve a request at all. */
export interface GateDeps {
  loadAgent(agentId: string): Promise<LiveAgentView | null>;
  isOriginAllowed(settings: AgentSettings, origin: string): boolean;
  /** The app's own origin: the widget's iframe calls from here. */
  appOrigin: string;
  limits: Limits;
  /** How many of the X-Forwarded-For entries our own proxies wrote (TRUSTED_PROXY_HOPS). */
  trustedProxyHops: number;
}

export interface VisitorRequest {
  agent: LiveAgentView;
  /** CORS headers for every answer to this request, errors included. */
  cors: Record<string, string>;
  /** The client's address, for per-address limits. */
  address: string;
}

const notAvailable = () => new AppError("NOT_FOUND", "This chat is not available.");

/**
 * The browser origin a request speaks for: its Origin header, or for the iframe's own GETs (which
 * carry none) the page the widget sits on, which must then be an allowed site too.
 */
function requestingOrigin(request: Request, pageUrl: string | null | undefined): string | null {
  const origin = request.headers.get("origin");
  if (origin !== null || !pageUrl) return origin;
  try {
    return new URL(pageUrl).origin;
  } catch {
    throw new AppError("INVALID", "The page address is not valid.");
  }
}

/**
 * Admits a visitor request: the agent must be live, the calling site allowed, and the address and
 * the agent under their limits. A refused site still gets CORS headers on the refusal, so the
 * loader can tell the site owner why the chat does not appear.
 */
export async function admitVisitor(
  deps: GateDeps,
  request: Request,
  agentId: string,
  options: { pageUrl?: string | null; perAddress: LimitRule; perAgent: LimitRule },
): Promise<VisitorRequest> {
  const agent = await deps.loadAgent(agentId);
  if (!agent) throw notAvailable();
  const origin = requestingOrigin(request, options.pageUrl);
  const allowed = origin === null || origin === deps.appOrigin || deps.isOriginAllowed(agent.settings, origin);
  const header = request.headers.get("origin");
  if (!allowed) {
    const readable: Record<string, string> = header ? { "access-control-allow-origin": header, vary: "Origin" } : { vary: "Origin" };
    throw new AppError("FORBIDDEN", `This website (${origin}) is not allowed to use this chat. Add it under the agent's Allowed websites in Closer.`, { headers: readable });
  }
  const cors: Record<string, string> = header ? { "access-control-allow-origin": header, "access-control-allow-credentials": "false", vary: "Origin" } : { vary: "Origin" };
  const address = clientAddress(request.headers, deps.trustedProxyHops);
  await deps.limits.take(options.perAddress, `${address}|${agent.agentId}`).catch(withHeaders(cors));
  await deps.limits.take(options.perAgent, agent.agentId).catch(withHeaders(cors));
  return { agent, cors, address };
}

/** Re-throws an error with the request's CORS headers added, so the browser can read it. */
export function withHeaders(headers: Record<string, string>) {
  return (error: unknown): never => {
    if (error instanceof AppError) throw new AppError(error.code, error.message, { cause: error.cause, headers: { ...headers, ...error.headers } });
    throw error;
  };
}
