import { expect, test } from "@playwright/test";
import { createWorkspace, fillSignUp, newPerson } from "../support/e2e/accounts";

test("the overview of a new workspace walks through getting started, ticking steps from what exists, with agent and conversation figures; the password form states its rule once", async ({ page }) => {
  await page.goto("/sign-up");
  const person = newPerson("Olive Overview");
  await fillSignUp(page, person);
  await createWorkspace(page, "Olive Kites");

  const checklist = page.getByRole("list", { name: "Getting started" });
  await expect(checklist.getByRole("listitem")).toHaveCount(5);
  await expect(page.getByText("0 of 5 steps done.")).toBeVisible();
  await expect(checklist.getByRole("link", { name: "Add knowledge (to do)" })).toHaveAttribute("href", /\/w\/[^/]+\/knowledge$/);
  await expect(page.getByText("Visitor conversations")).toBeVisible();
  await expect(page.getByText("Preview chats are not counted.")).toBeVisible();
  await expect(page.getByText("Team seats used")).toBeVisible();
  await expect(page.getByText(/paid seats/i)).toHaveCount(0);

  await checklist.getByRole("link", { name: "Create an agent (to do)" }).click();
  await page.getByRole("button", { name: "New agent" }).click();
  const dialog = page.getByRole("dialog", { name: "New agent" });
  await dialog.getByLabel("Name").fill("Kite helper");
  await dialog.getByRole("button", { name: "Create agent" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kite helper" })).toBeVisible();

  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Overview" }).click();
  await expect(checklist.getByRole("link", { name: "Create an agent (done)" })).toBeVisible();
  await expect(page.getByText("1 of 5 steps done.")).toBeVisible();
  await expect(checklist.getByRole("link", { name: "Try it in the preview (to do)" })).toHaveAttribute("href", /\/agents\/[0-9a-f-]{36}$/);

  // Changing the password: the rule is said once, the error replacing the hint rather than standing beside it.
  await page.goto("/account");
  await expect(page.getByText("At least 10 characters.", { exact: true })).toBeVisible();
  await page.getByLabel("Current password").fill(person.password);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByText("At least 10 characters.", { exact: true })).toHaveCount(0);
});
