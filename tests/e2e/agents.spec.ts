import { expect, test } from "@playwright/test";
import { createWorkspace, fillSignUp, newPerson } from "../support/e2e/accounts";

test("creates an agent, edits its draft, publishes it, and sees later edits as pending changes, replaces its identity key, then discards the draft", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/sign-up");
  await fillSignUp(page, newPerson("Alex Agents"));
  await createWorkspace(page, "Nova Outfitters");

  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Agents" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agents" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No agents yet" })).toBeVisible();

  await page.getByRole("button", { name: "New agent" }).click();
  const dialog = page.getByRole("dialog", { name: "New agent" });
  await dialog.getByLabel("Name").fill("Nova");
  await dialog.getByRole("button", { name: "Create agent" }).click();
  await expect(page).toHaveURL(/\/agents\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Nova" })).toBeVisible();
  await expect(page.getByText("Not published", { exact: true })).toBeVisible();
  // A brand-new agent has nothing pending: its name was given at creation.
  await expect(page.getByRole("region", { name: "Unpublished changes" })).toContainText("Not published yet");
  await expect(page.getByRole("heading", { name: /Unpublished changes/ })).toHaveCount(0);

  // At 1280 px, beside the preview, every settings tab is in sight (the list wraps rather than hiding tabs).
  await page.setViewportSize({ width: 1280, height: 800 });
  const tabs = page.getByRole("tablist", { name: "Agent settings" }).getByRole("tab");
  await expect(tabs).toHaveCount(7);
  for (const tab of await tabs.all()) await expect(tab).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("tab", { name: "Model" })).toBeVisible();

  // Edit the name and the English welcome message, then save the draft.
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Nova Helper");
  await page.getByRole("tab", { name: "Conversation" }).click();
  const welcome = page.getByRole("textbox", { name: "Welcome message in English" });
  await expect(welcome).toHaveAttribute("placeholder", /.+/);
  await welcome.fill("Welcome to Nova Outfitters! Ask me about gear.");
  await expect(page.getByRole("status").filter({ hasText: "Unsaved edits" })).toBeVisible();

  // Leaving with unsaved edits asks first; dismissing keeps the page and the edits.
  page.once("dialog", (confirm) => void confirm.dismiss());
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Knowledge" }).click();
  await expect(welcome).toHaveValue("Welcome to Nova Outfitters! Ask me about gear.");

  await page.getByRole("button", { name: "Save draft" }).click();
  const pending = page.getByRole("region", { name: /Unpublished changes: \d+/ });
  // Before the first publish, changes are counted against a new agent's settings apart from its name.
  await expect(pending.getByRole("heading", { name: "Unpublished changes: 1" })).toBeVisible();
  await expect(pending.getByRole("list", { name: "Unpublished changes" })).toContainText("Welcome message (en)");
  await expect(page.getByRole("heading", { level: 1, name: "Nova Helper" })).toBeVisible();

  // Publish, confirming the listed changes.
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const confirm = page.getByRole("alertdialog", { name: "Publish Nova Helper?" });
  await expect(confirm.getByRole("list", { name: "Changes to publish" }).getByRole("listitem")).toHaveCount(1);
  await confirm.getByRole("button", { name: "Publish now" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  await expect(page.getByText(/No unpublished changes/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeDisabled();

  // A later edit shows up as a difference from the live version.
  await page.getByRole("tab", { name: "Identity" }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Nova Support");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(pending.getByRole("heading", { name: "Unpublished changes: 1" })).toBeVisible();
  const change = pending.getByRole("listitem");
  await expect(change).toHaveCount(1);
  await expect(change).toContainText("Name");
  await expect(change).toContainText("Nova Helper");
  await expect(change).toContainText("Nova Support");
  await expect(page.getByText("Draft changes", { exact: true })).toBeVisible();

  // The list shows it live, with draft changes waiting.
  await page.getByRole("link", { name: "Agents" }).first().click();
  const row = page.getByRole("row", { name: /Nova Support/ });
  await expect(row.getByText("Live", { exact: true })).toBeVisible();
  await expect(row.getByText("Draft changes", { exact: true })).toBeVisible();
  await row.getByRole("link", { name: /Nova Support/ }).click();

  // Replacing the identity key asks first, then shows the new key.
  await page.getByRole("tab", { name: "Channels" }).click();
  const key = page.getByRole("textbox", { name: "Identity verification key" });
  await expect(key).not.toHaveValue("");
  const oldKey = await key.inputValue();
  await page.getByRole("button", { name: "New key" }).click();
  const replace = page.getByRole("alertdialog", { name: "Replace the identity key?" });
  await replace.getByRole("button", { name: "Replace key" }).click();
  await expect(replace).toBeHidden();
  await expect(key).not.toHaveValue(oldKey);

  // Discarding the draft, after confirming, brings back the live version.
  await page.getByRole("button", { name: "Discard draft changes" }).click();
  const discard = page.getByRole("alertdialog", { name: "Discard draft changes?" });
  await discard.getByRole("button", { name: "Discard changes" }).click();
  await expect(discard).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Nova Helper" })).toBeVisible();
  await expect(page.getByText(/No unpublished changes/)).toBeVisible();
});
