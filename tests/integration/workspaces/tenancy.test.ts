import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { appRouter } from "@/server/trpc/root";
import { createTestDb } from "../../support/db";
import { createWorkspaceWithOwner } from "../../support/factories";

type AnyProcedure = { _def: { type: "query" | "mutation"; inputs: unknown[] } };

/** Every procedure whose input names a workspace, found by walking the router, so new ones are covered automatically. */
function workspaceProcedures(): string[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
  return Object.entries(procedures)
    .filter(([, procedure]) =>
      procedure._def.inputs.some((input) => {
        const shape = (input as { shape?: Record<string, unknown> }).shape;
        return Boolean(shape && "workspaceId" in shape);
      }),
    )
    .map(([path]) => path)
    .sort();
}

async function callPath(caller: object, path: string, input: unknown) {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

describe("tenancy", () => {
  let handle: PgliteHandle;
  let victim: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
  let outsider: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;

  beforeAll(async () => {
    handle = await createTestDb();
    victim = await createWorkspaceWithOwner(handle.db, "Victim Co");
    outsider = await createWorkspaceWithOwner(handle.db, "Outsider Inc");
  });
  afterAll(() => handle.close());

  it("finds the workspace procedures to check", () => {
    const paths = workspaceProcedures();
    expect(paths).toEqual(expect.arrayContaining(["members.changeRole", "invitations.create", "workspaces.update"]));
  });

  it.each(workspaceProcedures())("%s answers NOT_FOUND to the owner of another workspace", async (path) => {
    const error = await callPath(outsider.caller, path, { workspaceId: victim.workspace.id }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("NOT_FOUND");
  });

  it.each(workspaceProcedures())("%s answers NOT_FOUND for a workspace that does not exist", async (path) => {
    const error = await callPath(victim.caller, path, { workspaceId: "00000000-0000-4000-8000-000000000000" }).catch(
      (caught: unknown) => caught,
    );
    expect((error as TRPCError).code).toBe("NOT_FOUND");
  });

  it("lets the owner reach their own workspace", async () => {
    const result = await victim.caller.workspaces.get({ workspaceId: victim.workspace.id });
    expect(result.workspace.name).toBe("Victim Co");
    expect(result.role).toBe("owner");
  });
});
