import type { GuardedFetchOptions, GuardedResponse } from "@/server/http";

export interface FakeReply {
  status?: number;
  body?: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

export function fakeResponse(url: string, reply: FakeReply = {}): GuardedResponse {
  const body = typeof reply.body === "string" ? new TextEncoder().encode(reply.body) : (reply.body ?? new Uint8Array());
  const headers = new Headers(reply.headers);
  if (reply.contentType) headers.set("content-type", reply.contentType);
  return {
    url,
    status: reply.status ?? 200,
    headers,
    contentType: reply.contentType?.split(";")[0]?.trim() ?? null,
    body,
    redirects: [],
    text: () => new TextDecoder().decode(body),
  };
}

/** A fetch that answers from a table of URLs (404 otherwise) and records what was asked. */
export function fakeFetch(routes: Record<string, FakeReply | Error>) {
  const requested: string[] = [];
  const fetch = async (url: string, _options?: GuardedFetchOptions): Promise<GuardedResponse> => {
    requested.push(url);
    const reply = routes[url];
    if (reply instanceof Error) throw reply;
    return fakeResponse(url, reply ?? { status: 404, body: "not found", contentType: "text/plain" });
  };
  return { fetch, requested };
}
