import { expect, test } from "@playwright/test";
import { createWorkspace, fillSignUp, newPerson, signIn, signOut } from "../support/e2e/accounts";

test("sign up, create a workspace, invite a teammate who accepts, sign out and in, switch workspace, then remove the teammate", async ({ browser }) => {
  const owner = newPerson("Olivia Owner");
  const teammate = newPerson("Tariq Teammate");

  const ownerPage = await (await browser.newContext()).newPage();
  await ownerPage.goto("/sign-up");
  await fillSignUp(ownerPage, owner);
  await expect(ownerPage).toHaveURL(/\/onboarding/);
  await createWorkspace(ownerPage, "Acme Support");
  await expect(ownerPage).toHaveURL(/\/w\/acme-support$/);

  await ownerPage.getByRole("link", { name: "Members" }).first().click();
  await ownerPage.getByRole("button", { name: "Invite" }).click();
  await ownerPage.getByLabel("Role").click();
  await ownerPage.getByRole("option", { name: "agent" }).click();
  await ownerPage.getByRole("button", { name: "Create invitation" }).click();
  const inviteUrl = await ownerPage.getByRole("textbox", { name: "Invitation link" }).inputValue();
  expect(inviteUrl).toMatch(/\/invite\/[\w-]{20,}$/);
  await ownerPage.getByRole("button", { name: "Done" }).click();
  await expect(ownerPage.getByRole("cell", { name: "Anyone with the link" })).toBeVisible();

  const teammatePage = await (await browser.newContext()).newPage();
  await teammatePage.goto(new URL(inviteUrl).pathname);
  await expect(teammatePage.getByRole("heading", { name: "Join Acme Support" })).toBeVisible();
  await teammatePage.getByRole("link", { name: "Create an account" }).click();
  await fillSignUp(teammatePage, teammate);
  await expect(teammatePage).toHaveURL(/\/invite\//);
  await teammatePage.getByRole("button", { name: "Join Acme Support" }).click();
  await expect(teammatePage).toHaveURL(/\/w\/acme-support$/);
  await expect(teammatePage.getByText("Works conversations handed off by the AI agent.")).toBeVisible();

  await ownerPage.reload();
  const teammateRow = ownerPage.getByRole("row", { name: new RegExp(teammate.name) });
  await expect(teammateRow.getByRole("combobox", { name: `Role of ${teammate.name}` })).toHaveText("agent");
  await expect(ownerPage.getByText("No pending invitations.")).toBeVisible();

  await teammatePage.getByRole("button", { name: /Switch workspace/ }).click();
  await teammatePage.getByRole("menuitem", { name: "Create workspace" }).click();
  await createWorkspace(teammatePage, "Tariq Lab");
  await expect(teammatePage).toHaveURL(/\/w\/tariq-lab$/);

  await signOut(teammatePage, teammate);
  await signIn(teammatePage, teammate);
  await expect(teammatePage).toHaveURL(/\/w\/tariq-lab$/);

  await teammatePage.getByRole("button", { name: /Switch workspace/ }).click();
  await teammatePage.getByRole("menuitem", { name: /Acme Support/ }).click();
  await expect(teammatePage).toHaveURL(/\/w\/acme-support$/);
  await expect(teammatePage.getByRole("heading", { level: 1, name: "Acme Support" })).toBeVisible();

  // Removing a member asks first; once confirmed, the row goes.
  await teammateRow.getByRole("button", { name: "Remove" }).click();
  const confirmRemove = ownerPage.getByRole("alertdialog", { name: /^Remove / });
  await confirmRemove.getByRole("button", { name: "Remove" }).click();
  await expect(confirmRemove).toBeHidden();
  await expect(teammateRow).toHaveCount(0);
});

test("a wrong password gets one message that does not reveal whether the account exists", async ({ page }) => {
  await signIn(page, { name: "", email: "nobody-here@example.test", password: "not the password" });
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText("That email and password do not match an account.");
  await expect(page).toHaveURL(/\/sign-in/);
});
