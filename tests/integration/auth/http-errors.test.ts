import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { appRouter } from "@/server/trpc/root";
import { createTestDb } from "../../support/db";
import { contextFor, createWorkspaceWithOwner } from "../../support/factories";

/** Requests through tRPC's real HTTP adapter, to check status codes and error bodies as clients see them. */
function post(handle: PgliteHandle, path: string, input: unknown, user: { id: string; email: string } | null) {
  const req = new Request(`http://127.0.0.1/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: input }),
  });
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => contextFor(handle.db, user),
  });
}

describe("tRPC over HTTP", () => {
  let handle: PgliteHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  it("answers malformed input with 400 and field errors", async () => {
    const response = await post(handle, "profile.signUp", { name: 5, email: "not-an-email", password: "x" }, null);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { data: { fieldErrors: Record<string, string[]> } } } };
    const fieldErrors = body.error.json.data.fieldErrors;
    expect(Object.keys(fieldErrors).sort()).toEqual(["email", "name", "password"]);
    expect(fieldErrors.email?.[0]).toBe("Enter a valid email address.");
  });

  it("answers a body that is not JSON with 400", async () => {
    const req = new Request("http://127.0.0.1/api/trpc/profile.signUp", { method: "POST", body: "{oops", headers: { "content-type": "application/json" } });
    const response = await fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => contextFor(handle.db, null) });
    expect(response.status).toBe(400);
  });

  it("answers an anonymous call to a protected procedure with 401", async () => {
    const response = await post(handle, "workspaces.create", { name: "X" }, null);
    expect(response.status).toBe(401);
  });

  it("answers another tenant's workspace with 404 and hides internals", async () => {
    const a = await createWorkspaceWithOwner(handle.db);
    const b = await createWorkspaceWithOwner(handle.db);
    const response = await post(handle, "workspaces.update", { workspaceId: a.workspace.id, name: "Mine now" }, b.owner);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).not.toContain("stack");
  });
});
