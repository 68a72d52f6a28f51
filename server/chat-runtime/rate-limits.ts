import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/** Per visitor: a person typing fast, not a script. Per workspace: a ceiling that protects the model bill. */
export const chatRateLimits = { visitorPerMinute: 12, workspacePerMinute: 600 };

/**
 * In-memory limits, per server process (an edge isolate keeps its own): enough to stop one visitor
 * or a scripted burst from flooding an agent; a shared store can replace it for large fleets.
 */
export function createChatRateLimit(limits = chatRateLimits) {
  const visitors = new RateLimiterMemory({ keyPrefix: "chat-visitor", points: limits.visitorPerMinute, duration: 60 });
  const workspaces = new RateLimiterMemory({ keyPrefix: "chat-workspace", points: limits.workspacePerMinute, duration: 60 });
  const take = async (limiter: RateLimiterMemory, key: string) => {
    try {
      await limiter.consume(key);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  };
  return async ({ visitorKey, workspaceId }: { visitorKey: string; workspaceId: string }) =>
    (await take(visitors, visitorKey)) && (await take(workspaces, workspaceId));
}
