import { IDENTITY_HEADER, type ApiErrorBody, type ChatRequestBody, type ConversationHistory, type FeedbackRequestBody, type HandoffEmailRequestBody, type WidgetConfig } from "../protocol";

/** A failed call: `status` 0 means the network failed; `message` is the server's, safe to show. */
export class ChatApiError extends Error {
  constructor(
    readonly status: number,
    message: string | undefined,
  ) {
    super(message ?? "");
  }
}

async function readErrorMessage(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as Partial<ApiErrorBody>;
    return typeof body.error?.message === "string" ? body.error.message : undefined;
  } catch {
    return undefined;
  }
}

async function send(input: string, init: RequestInit = {}, identityToken = ""): Promise<Response> {
  let response: Response;
  const headers = new Headers(init.headers);
  // The server shows a signed-in visitor's conversation only to that same person.
  if (identityToken) headers.set(IDENTITY_HEADER, identityToken);
  try {
    response = await fetch(input, { credentials: "same-origin", ...init, headers });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ChatApiError(0, undefined);
  }
  if (!response.ok) throw new ChatApiError(response.status, await readErrorMessage(response));
  return response;
}

const jsonPost = (body: unknown, signal?: AbortSignal): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
  signal,
});

export interface ChatApi {
  getConfig: (locale: string, pageUrl: string) => Promise<WidgetConfig>;
  getHistory: (conversationId: string, visitorId: string) => Promise<ConversationHistory>;
  /** Starts a reply; the caller reads the returned UI message stream. */
  sendMessage: (body: ChatRequestBody, signal?: AbortSignal) => Promise<ReadableStream<Uint8Array>>;
  sendFeedback: (body: Omit<FeedbackRequestBody, "visitorId">) => Promise<void>;
  sendHandoffEmail: (body: Omit<HandoffEmailRequestBody, "visitorId">) => Promise<void>;
}

export function createChatApi(agentId: string, visitorId: string, identityToken = ""): ChatApi {
  const agent = encodeURIComponent(agentId);
  const call = (input: string, init?: RequestInit) => send(input, init, identityToken);
  return {
    async getConfig(locale, pageUrl) {
      const query = new URLSearchParams({ locale, page: pageUrl });
      return (await (await call(`/api/widget/${agent}/config?${query.toString()}`)).json()) as WidgetConfig;
    },
    async getHistory(conversationId, visitor) {
      const query = new URLSearchParams({ visitorId: visitor });
      return (await (await call(`/api/chat/${agent}/conversations/${encodeURIComponent(conversationId)}?${query.toString()}`)).json()) as ConversationHistory;
    },
    async sendMessage(body, signal) {
      const response = await call(`/api/chat/${agent}`, jsonPost(body, signal));
      if (!response.body) throw new ChatApiError(response.status, undefined);
      return response.body;
    },
    async sendFeedback(body) {
      await call(`/api/chat/${agent}/feedback`, jsonPost({ ...body, visitorId }));
    },
    async sendHandoffEmail(body) {
      await call(`/api/chat/${agent}/handoff-email`, jsonPost({ ...body, visitorId }));
    },
  };
}
