import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDb } from "@/db/migrate";
import { openPglite } from "@/db/pglite";
import { users } from "@/db/schema";

const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), "closer-data-"));
const openFromAnotherProcess = () =>
  run("npx", ["tsx", "tests/support/open-data-folder.ts", folder], { cwd: process.cwd() }).then(
    (result) => ({ code: 0, output: result.stdout }),
    (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
  );

describe("the embedded data folder", () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("keeps what was written after the database is closed and opened again", async () => {
    const first = await openPglite(folder);
    await migrateDb(first.db, "pglite");
    await first.db.insert(users).values({ email: "kept@example.test" });
    await first.close();

    const second = await openPglite(folder);
    const rows = await second.db.select().from(users).where(eq(users.email, "kept@example.test"));
    expect(rows).toHaveLength(1);
    await second.close();
  });

  it("refuses a second process with a clear message while the folder is open", async () => {
    const holder = await openPglite(folder);
    try {
      const result = await openFromAnotherProcess();
      expect(result.code).toBe(3);
      expect(result.output).toMatch(/already open in another process/);
      expect(result.output).toMatch(/DATA_DIR/);
    } finally {
      await holder.close();
    }
    const afterRelease = await openFromAnotherProcess();
    expect(afterRelease).toMatchObject({ code: 0, output: expect.stringContaining("opened") });
  }, 60_000);
});
