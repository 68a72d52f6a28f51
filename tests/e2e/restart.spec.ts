import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createWorkspace, fillSignUp, newPerson, signIn } from "../support/e2e/accounts";
import { startAppServer, waitUntilReady } from "../support/e2e/app-server";

test("a fresh install starts at sign-up; accounts and workspaces survive a restart, and a second server on the same data folder is refused", async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "closer-restart-"));
  const person = newPerson("Rita Restart");
  const first = startAppServer({ port: 3111, dataDir });
  try {
    await waitUntilReady(first);
    await page.goto(first.url);
    await expect(page).toHaveURL(/\/sign-up/);
    await expect(page.getByRole("heading", { name: "Set up Closer" })).toBeVisible();
    await fillSignUp(page, person);
    await createWorkspace(page, "Durable Co");

    const intruder = startAppServer({ port: 3112, dataDir });
    expect(await intruder.exited).toBe(1);
    expect(intruder.output()).toContain("is already open in another process");
  } finally {
    await first.stop();
  }

  const second = startAppServer({ port: 3111, dataDir });
  try {
    await waitUntilReady(second);
    await page.context().clearCookies();
    await page.goto(`${second.url}/sign-in`);
    await signIn(page, person);
    await expect(page).toHaveURL(/\/w\/durable-co$/);
    await expect(page.getByRole("heading", { level: 1, name: "Durable Co" })).toBeVisible();
  } finally {
    await second.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
