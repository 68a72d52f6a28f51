import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { provideDb } from "@/db/client";
import type { PgliteHandle } from "@/db/pglite";
import { invitations } from "@/db/schema";
import { defineJob } from "@/inngest/define-job";
import { invitationsExpireRequested, sourceSyncRequested } from "@/inngest/events";
import { expireInvitationsJob } from "@/inngest/functions/expire-invitations";
import { runJobInProcess } from "@/inngest/in-process";
import { startScheduler, stopScheduler } from "@/inngest/scheduler";
import { startInProcess } from "@/inngest/send";
import type { AppEvent } from "@/server/events";
import { createTestDb } from "../../support/db";
import { createWorkspaceWithOwner } from "../../support/factories";

async function plantOverdueInvitation(db: PgliteHandle["db"]) {
  const { workspace, caller } = await createWorkspaceWithOwner(db);
  const invite = await caller.invitations.create({ workspaceId: workspace.id, role: "viewer" });
  await db.update(invitations).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(invitations.id, invite.id));
  return invite.id;
}

async function expiredAtOf(db: PgliteHandle["db"], id: string) {
  const [row] = await db.select({ expiredAt: invitations.expiredAt }).from(invitations).where(eq(invitations.id, id));
  return row?.expiredAt ?? null;
}

describe("the expire-invitations job", () => {
  let handle: PgliteHandle;
  beforeAll(async () => {
    handle = await createTestDb();
    provideDb(handle.db);
  });
  afterAll(() => handle.close());

  it("expires overdue invitations when Inngest runs it", async () => {
    const id = await plantOverdueInvitation(handle.db);
    const engine = new InngestTestEngine({ function: expireInvitationsJob.fn, events: [{ name: "inngest/scheduled.timer", data: { cron: "0 * * * *" } }] });
    const { result } = await engine.execute();
    expect(result).toEqual({ expired: 1 });
    expect(await expiredAtOf(handle.db, id)).toBeInstanceOf(Date);
  });

  it("runs in-process from its event when Inngest is not configured", async () => {
    const id = await plantOverdueInvitation(handle.db);
    const runs = startInProcess([invitationsExpireRequested.create({ reason: "test" }) as never]);
    expect(runs).toHaveLength(1);
    expect(await runs[0]).toEqual({ expired: 1 });
    expect(await expiredAtOf(handle.db, id)).toBeInstanceOf(Date);
  });

  it("is driven by the in-process scheduler on its cron", async () => {
    let ticks = 0;
    const everySecond = defineJob({ id: "test-every-second", triggers: [{ cron: "* * * * * *" }] }, async ({ step }) => {
      await step.run("count", () => ++ticks);
    });
    const crons = startScheduler([everySecond, expireInvitationsJob]);
    try {
      expect(crons.map((cron) => cron.name)).toEqual(["test-every-second:* * * * * *", "expire-invitations:0 * * * *"]);
      expect(startScheduler()).toBe(crons);
      await expect.poll(() => ticks, { timeout: 4_000, interval: 100 }).toBeGreaterThan(0);
    } finally {
      stopScheduler();
    }
  });

  it("retries a failed run and resumes after its last finished step", async () => {
    const calls: string[] = [];
    let failOnce = true;
    const flaky = defineJob({ id: "test-flaky", triggers: [{ event: "knowledge/embeddings.reembed-requested" }], retries: 2 }, async ({ step }) => {
      await step.run("first", () => calls.push("first"));
      await step.run("second", () => {
        calls.push("second");
        if (failOnce) {
          failOnce = false;
          throw new Error("transient");
        }
      });
    });
    await Promise.all(startInProcess([{ name: "knowledge/embeddings.reembed-requested", data: {} }], [flaky]));
    expect(calls).toEqual(["first", "second", "second"]);
  });

  it("types a job's event from its triggers and refuses data that does not fit the event's schema", async () => {
    const seen: string[] = [];
    const typed = defineJob({ id: "test-typed", triggers: [sourceSyncRequested], retries: 0 }, async ({ event }) => {
      seen.push(event.data.runId);
      // @ts-expect-error a sync request carries no `reason`: the compiler knows the event from the trigger
      return event.data.reason;
    });
    const runId = crypto.randomUUID();
    const good = { name: sourceSyncRequested.name, data: { workspaceId: crypto.randomUUID(), sourceId: crypto.randomUUID(), runId } };
    await Promise.all(startInProcess([good], [typed]));
    // @ts-expect-error a sender cannot leave out the fields the schema requires
    const bad: AppEvent = { name: sourceSyncRequested.name, data: { workspaceId: "not-a-uuid" } };
    await expect(runJobInProcess(typed, bad, async () => undefined)).rejects.toThrow(/does not match the event's schema/);
    expect(seen).toEqual([runId]);
  });
});
