import { type TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgliteHandle } from "@/db/pglite";
import { SignInRateLimited, verifyCredentials } from "@/server/auth";
import { createTestDb } from "../../support/db";
import { callerFor } from "../../support/factories";

describe("email and password accounts", () => {
  let handle: PgliteHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  it("signs up with a slow hash, never storing the password", async () => {
    const created = await callerFor(handle.db, null).profile.signUp({ name: "Ada", email: " Ada@Example.TEST ", password: "correct horse battery" });
    expect(created.email).toBe("ada@example.test");
    const rows = await handle.db.query.users.findMany();
    const ada = rows.find((row) => row.email === "ada@example.test");
    expect(ada?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(ada?.passwordHash).not.toContain("correct horse");
  });

  it("refuses a second account for the same email", async () => {
    const error = await callerFor(handle.db, null, "198.51.100.1")
      .profile.signUp({ name: "", email: "ada@example.test", password: "another long password" })
      .catch((caught) => caught);
    expect((error as TRPCError).code).toBe("CONFLICT");
  });

  it("signs in with the right password only", async () => {
    const ok = await verifyCredentials(handle.db, { email: "ADA@example.test", password: "correct horse battery", ip: "192.0.2.1" });
    expect(ok?.email).toBe("ada@example.test");
    expect(await verifyCredentials(handle.db, { email: "ada@example.test", password: "wrong", ip: "192.0.2.1" })).toBeNull();
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    const unknown = await verifyCredentials(handle.db, { email: "nobody@example.test", password: "whatever it is", ip: "192.0.2.2" });
    const wrong = await verifyCredentials(handle.db, { email: "ada@example.test", password: "whatever it is", ip: "192.0.2.2" });
    expect(unknown).toBeNull();
    expect(wrong).toBeNull();
  });

  it("blocks repeated failures, even when the right password finally comes", async () => {
    const attempt = (password: string) => verifyCredentials(handle.db, { email: "ada@example.test", password, ip: "192.0.2.3" });
    for (let i = 0; i < 5; i++) expect(await attempt(`guess-${i}`)).toBeNull();
    await expect(attempt("correct horse battery")).rejects.toBeInstanceOf(SignInRateLimited);
    const elsewhere = await verifyCredentials(handle.db, { email: "ada@example.test", password: "correct horse battery", ip: "192.0.2.4" });
    expect(elsewhere?.email).toBe("ada@example.test");
  });

  it("rejects a short password with a field error", async () => {
    const error = await callerFor(handle.db, null, "198.51.100.2")
      .profile.signUp({ name: "", email: "bob@example.test", password: "short" })
      .catch((caught) => caught);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });
});
