import { type TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { emailVerifications, users } from "@/db/schema";
import { confirmEmail, discardUnprovenPassword, EmailNotVerified, lockoutSeconds, removeUnprovenAccount, signUp, verifyCredentials } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { createLimits, limits, type Limits } from "@/server/rate-limits";
import { createTestDb } from "../../support/db";
import { callerFor } from "../../support/factories";

/** The confirmation link the server wrote to its log (no SMTP in tests). */
function loggedLinks(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.map((call) => String(call[0])).flatMap((line) => [...line.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]));
}

describe("email and password accounts", () => {
  let handle: PgliteHandle;
  let store: Limits;
  let log: { mock: { calls: unknown[][] }; mockRestore: () => void };
  const context = () => ({ address: "198.51.100.9", limits: store, appUrl: "http://app.test", policy: { kind: "open" as const } });

  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    store = createLimits({ kind: "memory" });
    log = vi.spyOn(console, "info").mockImplementation(() => undefined);
    return () => log.mockRestore();
  });

  it("lets the first person of a fresh install in at once, hashing the password slowly", async () => {
    const result = await callerFor(handle.db, null).profile.signUp({ name: "Ada", email: " Ada@Example.TEST ", password: "correct horse battery" });
    expect(result.status).toBe("ready");
    const [ada] = await handle.db.select().from(users).where(eq(users.email, "ada@example.test"));
    expect(ada?.emailVerified).not.toBeNull();
    expect(ada?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(ada?.passwordHash).not.toContain("correct horse");
  });

  it("answers later sign-ups the same whether or not the address has an account", async () => {
    const taken = await signUp(handle.db, { name: "", email: "ada@example.test", password: "another long password" }, context());
    const fresh = await signUp(handle.db, { name: "Bob", email: "bob@example.test", password: "bob's long password" }, context());
    expect(taken).toEqual(fresh);
    expect(fresh).toEqual({ status: "check-email" });
    const [ada] = await handle.db.select().from(users).where(eq(users.email, "ada@example.test"));
    expect(await verifyCredentials(handle.db, store, { email: "ada@example.test", password: "correct horse battery", address: "192.0.2.1" })).toMatchObject({ id: ada!.id });
  });

  it("keeps an account unusable until its link is opened with its password", async () => {
    await expect(verifyCredentials(handle.db, store, { email: "bob@example.test", password: "bob's long password", address: "192.0.2.1" })).rejects.toBeInstanceOf(EmailNotVerified);
    const link = loggedLinks(log).find((url) => url.includes("/verify-email?token="));
    await signUp(handle.db, { name: "Bob", email: "bob@example.test", password: "bob's long password" }, context());
    const latest = loggedLinks(log).filter((url) => url.includes("/verify-email?token=")).at(-1)!;
    const token = (url: string) => new URL(url).searchParams.get("token")!;
    // Signing up again replaces the link: the first one no longer works.
    if (link) await expect(confirmEmail(handle.db, { token: token(link), password: "bob's long password" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(confirmEmail(handle.db, { token: token(latest), password: "not bob's password" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await confirmEmail(handle.db, { token: token(latest), password: "bob's long password" })).toEqual({ email: "bob@example.test" });
    expect(await verifyCredentials(handle.db, store, { email: "bob@example.test", password: "bob's long password", address: "192.0.2.1" })).toMatchObject({ email: "bob@example.test" });
    expect(await handle.db.select().from(emailVerifications)).toHaveLength(0);
  });

  it("does not let a pre-registered, unconfirmed account capture the address's real owner", async () => {
    await signUp(handle.db, { name: "Mallory", email: "victim@company.test", password: "mallory's password" }, context());
    const [squatter] = await handle.db.select().from(users).where(eq(users.email, "victim@company.test"));
    expect(squatter?.emailVerified).toBeNull();
    // The victim proves the address with a magic link: the squatter's password and name are gone.
    expect(await discardUnprovenPassword(handle.db, "Victim@Company.test")).toBe(true);
    const [reset] = await handle.db.select().from(users).where(eq(users.email, "victim@company.test"));
    expect(reset).toMatchObject({ passwordHash: null, name: null, sessionVersion: squatter!.sessionVersion + 1 });
    expect(await verifyCredentials(handle.db, store, { email: "victim@company.test", password: "mallory's password", address: "192.0.2.60" })).toBeNull();
    // With an identity provider, Auth.js creates the account afresh: the squatter's row is removed.
    expect(await removeUnprovenAccount(handle.db, "victim@company.test")).toBe(true);
    expect(await handle.db.select().from(users).where(eq(users.email, "victim@company.test"))).toHaveLength(0);
    // A confirmed account is never touched.
    expect(await discardUnprovenPassword(handle.db, "ada@example.test")).toBe(false);
    expect(await removeUnprovenAccount(handle.db, "ada@example.test")).toBe(false);
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    expect(await verifyCredentials(handle.db, store, { email: "nobody@example.test", password: "whatever it is", address: "192.0.2.2" })).toBeNull();
    expect(await verifyCredentials(handle.db, store, { email: "ada@example.test", password: "whatever it is", address: "192.0.2.2" })).toBeNull();
  });

  it("locks an account after five wrong passwords from any address, with a wait that doubles", async () => {
    const attempt = (password: string, i: number) => verifyCredentials(handle.db, store, { email: "ada@example.test", password, address: `192.0.2.${10 + i}` });
    for (let i = 0; i < 5; i++) expect(await attempt(`guess-${i}`, i)).toBeNull();
    const locked = await attempt("correct horse battery", 9).catch((error: unknown) => error);
    expect(isAppError(locked) && locked.code === "RATE_LIMITED").toBe(true);
    expect(Number((locked as { headers: Record<string, string> }).headers["retry-after"])).toBeGreaterThan(50);
    expect([1, 2, 3, 4, 30].map(lockoutSeconds)).toEqual([60, 120, 240, 480, 86_400]);
  });

  it("limits wrong passwords per address, whichever accounts they are for", async () => {
    for (let i = 0; i < limits.signInFailuresPerAddress.points; i++) {
      expect(await verifyCredentials(handle.db, store, { email: `someone-${i}@example.test`, password: "guess", address: "192.0.2.50" })).toBeNull();
    }
    await expect(verifyCredentials(handle.db, store, { email: "bob@example.test", password: "bob's long password", address: "192.0.2.50" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("rejects a short password with a field error", async () => {
    const error = await callerFor(handle.db, null, "198.51.100.2")
      .profile.signUp({ name: "", email: "carol@example.test", password: "short" })
      .catch((caught) => caught);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });

  it("is invitation-only by default once the first account exists", async () => {
    const error = await callerFor(handle.db, null, "198.51.100.3")
      .profile.signUp({ name: "", email: "dave@example.test", password: "dave's long password" })
      .catch((caught) => caught);
    expect((error as TRPCError).code).toBe("FORBIDDEN");
    expect((error as TRPCError).message).toContain("invitation");
  });
});
