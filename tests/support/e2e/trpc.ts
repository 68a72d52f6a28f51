import { expect, type APIRequestContext } from "@playwright/test";
import superjson from "superjson";

type Envelope = { result: { data: { json: unknown; meta?: Parameters<typeof superjson.deserialize>[0]["meta"] } } };
const unwrap = <T>(body: Envelope) => superjson.deserialize<T>({ json: body.result.data.json as never, meta: body.result.data.meta });

/**
 * Calls tRPC procedures over HTTP with the signed-in browser context's cookies, for setting up
 * state that is not what a test is about. Inputs and outputs go through superjson like the app's.
 */
export async function trpcMutation<T = unknown>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.post(`/api/trpc/${path}`, { data: superjson.serialize(input) });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return unwrap<T>((await response.json()) as Envelope);
}

export async function trpcQuery<T = unknown>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  const response = await request.get(`/api/trpc/${path}${query}`);
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return unwrap<T>((await response.json()) as Envelope);
}
