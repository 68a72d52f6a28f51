import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { frameContentSecurityPolicy, renderFrameHtml } from "../../widget/frame-html";
import { UI_MESSAGE_STREAM_HEADERS, type ChatRequestBody, type ConversationHistory, type FeedbackRequestBody, type HandoffEmailRequestBody, type HistoryMessage } from "../../widget/protocol";
import { answerChunks, configFor, pickAnswer } from "./widget-fake-answers";

/**
 * A stand-in for the app's widget endpoints, speaking the real HTTP contract (widget/protocol.ts)
 * and the AI SDK UI message stream format, so the widget can be tested without the Next app.
 */
export interface FakeWidgetServer {
  origin: string;
  agentId: string;
  feedback: FeedbackRequestBody[];
  handoffEmails: HandoffEmailRequestBody[];
  chatRequests: ChatRequestBody[];
  /** Conversations in the order they were started. */
  conversationIds: string[];
  close: () => Promise<void>;
}

interface StoredConversation extends ConversationHistory {
  visitorId: string;
}

export interface FakeWidgetServerOptions {
  port: number;
  publicDir: string;
  agentId: string;
  /** Host:port values allowed to embed the widget (CSP frame-ancestors and CORS). */
  allowedHosts: string[];
}

const contentTypes: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

async function readJson<T>(request: IncomingMessage): Promise<T> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return JSON.parse(Buffer.concat(parts).toString("utf8")) as T;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFakeWidgetServer(options: FakeWidgetServerOptions): Promise<FakeWidgetServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const conversations = new Map<string, StoredConversation>();
  const state = { feedback: [] as FeedbackRequestBody[], handoffEmails: [] as HandoffEmailRequestBody[], chatRequests: [] as ChatRequestBody[], conversationIds: [] as string[] };
  let nextId = 1;
  const newId = (prefix: string) => `${prefix}-${nextId++}`;

  const corsFor = (request: IncomingMessage): Record<string, string> => {
    const requestOrigin = request.headers.origin;
    const allowed = requestOrigin && options.allowedHosts.some((host) => requestOrigin === `http://${host}`);
    return allowed ? { "access-control-allow-origin": requestOrigin, vary: "Origin" } : {};
  };

  async function streamAnswer(request: IncomingMessage, response: ServerResponse) {
    const body = await readJson<ChatRequestBody>(request);
    state.chatRequests.push(body);
    if (!body.message?.text?.trim()) return sendJson(response, 400, { error: { message: "Write a message first." } });
    if (body.message.text.includes("too fast")) return sendJson(response, 429, { error: { code: "RATE_LIMITED", message: "You are sending messages too quickly." } });
    const existing = body.conversationId ? conversations.get(body.conversationId) : undefined;
    const conversation: StoredConversation = existing ?? { conversationId: newId("conv"), visitorId: body.visitorId, status: "active", messages: [] };
    if (!existing) state.conversationIds.push(conversation.conversationId);
    conversations.set(conversation.conversationId, conversation);
    conversation.messages.push({ id: body.message.id, role: "visitor", text: body.message.text, sources: [], decision: null, feedback: null });
    const answer = pickAnswer(body.message.text);
    const messageId = newId("msg");
    response.writeHead(200, UI_MESSAGE_STREAM_HEADERS);
    for (const chunk of answerChunks(answer, { conversationId: conversation.conversationId, messageId })) {
      response.write(`data: ${JSON.stringify(chunk)}\n\n`);
      if (chunk.type === "text-delta") await pause(answer.delayMs);
    }
    response.end("data: [DONE]\n\n");
    conversation.status = answer.status;
    if (!answer.errorText) conversation.messages.push({ id: messageId, role: "agent", text: answer.text, sources: answer.sources, decision: answer.decision, feedback: null });
  }

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", origin);
    const parts = url.pathname.split("/").filter(Boolean);
    const method = request.method ?? "GET";
    const knownAgent = (id: string | undefined) => id === options.agentId;

    if (method === "GET" && (url.pathname === "/widget.js" || parts[0] === "widget")) {
      const file = path.join(options.publicDir, ...parts.map((part) => decodeURIComponent(part)).filter((part) => part !== ".."));
      const body = await readFile(file).catch(() => undefined);
      if (!body) return sendJson(response, 404, { error: { message: "Not found" } });
      response.writeHead(200, { "content-type": contentTypes[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      return response.end(body);
    }
    if (method === "GET" && parts[0] === "embed" && parts.length === 2) {
      if (!knownAgent(parts[1])) return sendJson(response, 404, { error: { message: "Unknown agent" } });
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": frameContentSecurityPolicy(options.allowedHosts) });
      return response.end(renderFrameHtml({ agentId: options.agentId, assetVersion: "test" }));
    }
    if (method === "OPTIONS") {
      response.writeHead(204, { ...corsFor(request), "access-control-allow-headers": "content-type" });
      return response.end();
    }
    if (method === "GET" && parts[0] === "api" && parts[1] === "widget" && parts[3] === "config") {
      const cors = corsFor(request);
      if (request.headers.origin && request.headers.origin !== origin && !cors["access-control-allow-origin"]) return sendJson(response, 403, { error: { code: "FORBIDDEN", message: "Not allowed here" } });
      if (!knownAgent(parts[2])) return sendJson(response, 404, { error: { code: "NOT_FOUND", message: "Unknown agent" } }, cors);
      return sendJson(response, 200, configFor(options.agentId, url.searchParams.get("locale") ?? "en", url.searchParams.get("page") ?? ""), cors);
    }
    if (parts[0] !== "api" || parts[1] !== "chat" || !knownAgent(parts[2])) return sendJson(response, 404, { error: { message: "Not found" } });

    if (method === "POST" && parts.length === 3) return streamAnswer(request, response);
    if (method === "GET" && parts[3] === "conversations" && parts[4]) {
      const conversation = conversations.get(parts[4]);
      if (!conversation || conversation.visitorId !== url.searchParams.get("visitorId")) return sendJson(response, 404, { error: { message: "Conversation not found" } });
      const history: ConversationHistory = { conversationId: conversation.conversationId, status: conversation.status, messages: conversation.messages };
      return sendJson(response, 200, history);
    }
    if (method === "POST" && parts[3] === "feedback") {
      const body = await readJson<FeedbackRequestBody>(request);
      const message: HistoryMessage | undefined = conversations.get(body.conversationId)?.messages.find((item) => item.id === body.messageId);
      if (!message) return sendJson(response, 404, { error: { message: "Message not found" } });
      message.feedback = body.rating;
      state.feedback.push(body);
      response.writeHead(204);
      return response.end();
    }
    if (method === "POST" && parts[3] === "handoff-email") {
      const body = await readJson<HandoffEmailRequestBody>(request);
      if (!body.email.endsWith(".com")) return sendJson(response, 400, { error: { message: "That email address looks wrong." } });
      state.handoffEmails.push(body);
      response.writeHead(204);
      return response.end();
    }
    return sendJson(response, 404, { error: { message: "Not found" } });
  }

  const server: Server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: { message: `Fake server failed: ${String(error)}` } });
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(options.port, "127.0.0.1", resolve));
  return {
    origin,
    agentId: options.agentId,
    ...state,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A customer's website that embeds the snippet, with hostile CSS the launcher must shrug off. */
export async function startHostSite(port: number, appOrigin: string): Promise<{ close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const agent = url.searchParams.get("agent") ?? "";
    // /strict mimics a site with a tight CSP: no inline styles or scripts, only the app's origin allowed.
    const csp = url.pathname === "/strict" ? { "content-security-policy": `default-src 'self'; script-src ${appOrigin}; connect-src ${appOrigin}; frame-src ${appOrigin}; style-src 'self'` } : {};
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...csp });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kite shop</title>
<style>button{background:red!important;font-size:40px!important;width:10px!important} iframe{display:none!important} body{font-family:serif}</style></head>
<body><main><h1>Kite shop${url.pathname === "/pricing" ? " pricing" : ""}</h1><p>Kites for every wind.</p></main>
<script async src="${appOrigin}/widget.js" data-agent="${agent}"></script></body></html>`);
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}
