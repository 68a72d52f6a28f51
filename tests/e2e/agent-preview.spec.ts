import { expect, test } from "@playwright/test";
import { createWorkspace, fillSignUp, newPerson } from "../support/e2e/accounts";
import { trpcMutation, trpcQuery } from "../support/e2e/trpc";

const QUESTION = "How long does delivery to Europe take?";

test("chats with the draft agent, shows why it answered, and saves the reply as a short answer", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/sign-up");
  await fillSignUp(page, newPerson("Pia Preview"));
  await createWorkspace(page, "Harbor Goods");

  const [workspace] = await trpcQuery<{ id: string; slug: string }[]>(page.request, "workspaces.list");
  const workspaceId = workspace!.id;
  await trpcMutation(page.request, "knowledge.articles.create", {
    workspaceId,
    title: "Shipping times",
    body: "## Delivery to Europe\n\nOrders to Europe arrive in three to five working days.\n\n## Rest of the world\n\nOther destinations take up to three weeks.",
    status: "published",
  });
  await expect
    .poll(async () => (await trpcQuery<{ kind: string; status: string }[]>(page.request, "knowledge.sources.list", { workspaceId })).find((source) => source.kind === "articles")?.status, { timeout: 30_000 })
    .toBe("ready");
  const agent = await trpcMutation<{ id: string }>(page.request, "agents.create", { workspaceId, name: "Harbor Helper" });

  await page.goto(`/w/${workspace!.slug}/agents/${agent.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Harbor Helper" })).toBeVisible();
  const preview = page.getByRole("complementary", { name: "Preview" }).getByRole("region", { name: "Preview and test" });
  await expect(preview.getByText(/Uses the saved draft settings/)).toBeVisible();
  await expect(preview.getByText(/not counted as usage/)).toBeVisible();

  // Test questions come from the agent's knowledge; clicking one asks it.
  const questions = preview.getByRole("list", { name: "Test questions" });
  await expect(questions.getByRole("button", { name: "Shipping times" })).toBeVisible();
  await questions.getByRole("button", { name: "Delivery to Europe" }).click();
  const replies = preview.getByTestId("preview-reply");
  await expect(replies.first()).toHaveAttribute("aria-busy", "false");

  // Reset, then type a question and send it with Enter.
  await preview.getByRole("button", { name: "Reset conversation" }).click();
  await expect(replies).toHaveCount(0);
  await preview.getByRole("textbox", { name: "Message to the agent" }).fill(QUESTION);
  await preview.getByRole("textbox", { name: "Message to the agent" }).press("Enter");
  const reply = replies.first();
  await expect(reply).toContainText("three to five working days");
  await expect(reply).toHaveAttribute("aria-busy", "false");
  await expect(reply.getByRole("list", { name: "Sources" })).toContainText("Shipping times");
  await expect(reply.getByText("[1]").first()).toBeVisible();
  await expect(reply.getByText("Decision: Answer", { exact: true })).toBeVisible();

  // "Why?" shows the decision, the passages with their scores, and which were cited.
  await reply.getByRole("button", { name: "Why?" }).click();
  const why = reply.getByTestId("why-panel");
  await expect(why.getByRole("region", { name: "Retrieved passages" })).toContainText("Shipping times");
  await expect(why.getByRole("region", { name: "Retrieved passages" })).toContainText("Delivery to Europe");
  await expect(why.getByText(/Cited \[1\]/)).toBeVisible();
  await expect(why.getByText(/^Fused /).first()).toBeVisible();
  await expect(why.getByText("Searched for")).toBeVisible();
  await expect(why.getByText("Latency")).toBeVisible();
  await expect(why).toContainText("Answer");
  await page.screenshot({ path: test.info().outputPath("preview-desktop.png"), fullPage: true });

  // "Improve answer" → save the reply, edited, as a short answer.
  await reply.getByRole("button", { name: "Improve answer" }).click();
  const dialog = page.getByRole("dialog", { name: "Improve answer" });
  await expect(dialog.getByRole("tab", { name: "Save as a short answer" })).toHaveAttribute("aria-selected", "true");
  await expect(dialog.getByRole("textbox", { name: "Question" })).toHaveValue(QUESTION);
  const answer = dialog.getByRole("textbox", { name: "Answer" });
  await expect(answer).toHaveValue(/three to five working days/);
  await expect(answer).not.toHaveValue(/\[1\]/);
  await answer.fill("Orders to Europe arrive in three to five working days, tracked all the way.");
  await dialog.getByRole("button", { name: "Save short answer" }).click();
  await expect(dialog).toBeHidden();
  const saved = await trpcQuery<{ question: string; answer: string }[]>(page.request, "knowledge.shortAnswers.list", { workspaceId });
  expect(saved).toEqual([expect.objectContaining({ question: QUESTION, answer: "Orders to Europe arrive in three to five working days, tracked all the way." })]);

  // "Hand off when asked this" adds a phrase to the draft, and the preview follows the draft at once.
  await reply.getByRole("button", { name: "Improve answer" }).click();
  await dialog.getByRole("tab", { name: "Hand off when asked this" }).click();
  await dialog.getByRole("textbox", { name: "Handoff phrase" }).fill("delivery to Europe");
  await dialog.getByRole("button", { name: "Add handoff phrase" }).click();
  await expect(dialog).toBeHidden();
  const draft = await trpcQuery<{ draft: { handoffTriggers: string[] }; live: unknown }>(page.request, "agents.get", { workspaceId, agentId: agent.id });
  expect(draft.draft.handoffTriggers).toEqual(["delivery to Europe"]);
  expect(draft.live).toBeNull();
  await preview.getByRole("textbox", { name: "Message to the agent" }).fill(QUESTION);
  await preview.getByRole("button", { name: "Send" }).click();
  await expect(replies.nth(1)).toHaveAttribute("aria-busy", "false");
  await expect(replies.nth(1).getByText("Decision: Handoff", { exact: true })).toBeVisible();

  // On a phone the preview opens in a sheet, with the same conversation.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  const sheet = page.getByRole("dialog", { name: "Preview & test" });
  await expect(sheet.getByTestId("preview-reply")).toHaveCount(2);
  await expect(sheet.getByRole("button", { name: "Reset conversation" })).toBeVisible();
  await sheet.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
  await page.screenshot({ path: test.info().outputPath("preview-mobile.png") });
});
