import path from "node:path";
import type { Server } from "node:http";
import { expect, test, type Browser } from "@playwright/test";
import { createWorkspace, fillSignUp, newPerson } from "../support/e2e/accounts";
import { serveFolder, serveHostPage } from "../support/e2e/static-site";
import { trpcMutation, trpcQuery } from "../support/e2e/trpc";
import { ask, chat, expectNoAxeViolations, launcher } from "../support/e2e/widget";

const HELP_PORT = 3192;
const HOST_PORT = 3193;
const OTHER_HOST_PORT = 3194;
const helpSite = `http://127.0.0.1:${HELP_PORT}/help/`;
const servers: Server[] = [];
let agentId = "";

/** Sets up what an admin would: a crawled help site and a published agent allowed on the host site. */
async function publishAgent(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await fillSignUp(page, newPerson("Wendy Widget"));
  await createWorkspace(page, "Northwind");
  const [workspace] = await trpcQuery<{ id: string }[]>(page.request, "workspaces.list");
  const workspaceId = workspace!.id;
  const source = await trpcMutation<{ id: string }>(page.request, "knowledge.sources.addUrl", { workspaceId, url: helpSite, includeRelated: true });
  await expect
    .poll(async () => (await trpcQuery<{ id: string; status: string }[]>(page.request, "knowledge.sources.list", { workspaceId })).find((s) => s.id === source.id)?.status, { timeout: 30_000 })
    .toBe("ready");
  const created = await trpcMutation<{ id: string; draft: Record<string, unknown>; draftUpdatedAt: Date }>(page.request, "agents.create", { workspaceId, name: "Nora" });
  const saved = await trpcMutation<{ draftUpdatedAt: Date }>(page.request, "agents.updateDraft", {
    ...created.draft,
    workspaceId,
    agentId: created.id,
    expectedDraftUpdatedAt: created.draftUpdatedAt,
    allowedDomains: [`127.0.0.1:${HOST_PORT}`],
    quickReplies: ["Returns", "Delivery"],
  });
  await trpcMutation(page.request, "agents.publish", { workspaceId, agentId: created.id, expectedDraftUpdatedAt: saved.draftUpdatedAt });
  await context.close();
  return created.id;
}

test.describe("the widget on a customer's site", () => {
  test.beforeAll(async ({ browser }, info) => {
    servers.push(await serveFolder(path.join(process.cwd(), "tests/support/fixtures/help-site"), HELP_PORT));
    agentId = await publishAgent(browser, info.project.use.baseURL!);
    const appUrl = info.project.use.baseURL!;
    servers.push(await serveHostPage(HOST_PORT, appUrl, agentId), await serveHostPage(OTHER_HOST_PORT, appUrl, agentId));
  });
  test.afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  test("answers with a source, saves feedback, survives a reload, then clarifies and hands off", async ({ page, context }) => {
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    await launcher(page).click();
    await expect(chat(page).getByText("Hi! I'm Nora, an AI assistant.")).toBeVisible();
    await expect(chat(page).locator(".badge")).toHaveText("AI (automated assistant)");
    await expect(chat(page).getByRole("button", { name: "Returns", exact: true })).toBeVisible();

    await ask(page, "How long do I have to return an item?");
    const answer = chat(page).locator(".message.agent").filter({ hasText: "45 days" }).last();
    await expect(answer).toContainText("within 45 days of delivery");
    const source = answer.getByRole("link", { name: /Returns and refunds/ }).first();
    await expect(source).toHaveAttribute("href", `${helpSite}returns.html#return-window`);
    const [opened] = await Promise.all([context.waitForEvent("page"), source.click()]);
    await expect(opened).toHaveURL(`${helpSite}returns.html#return-window`);
    await opened.close();

    await answer.getByRole("button", { name: "Helpful", exact: true }).click();
    await expect(answer.getByRole("button", { name: "Helpful", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expectNoAxeViolations(page);

    await page.reload();
    await launcher(page).click();
    const restored = chat(page).locator(".message.agent").filter({ hasText: "45 days" }).last();
    await expect(restored).toBeVisible();
    await expect(restored.getByRole("button", { name: "Helpful", exact: true })).toHaveAttribute("aria-pressed", "true");

    await ask(page, "Can I bring my pet iguana to the yoga retreat next month?");
    await expect(chat(page).getByText(/Could you tell me a bit more|Is your question about/).last()).toBeVisible();
    await ask(page, "Is the yoga retreat vegetarian friendly for iguanas?");
    await expect(chat(page).getByText(/passing your question to our team|passing you to a member/).last()).toBeVisible();
    await expect(chat(page).getByRole("textbox", { name: "Email" })).toBeVisible();
    await expect(chat(page).locator(".badge")).toHaveCount(0);
  });

  test("greets and answers in French for a French browser", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    await launcher(page).click();
    await expect(chat(page).getByText("Bonjour ! Je suis Nora, un assistant IA.")).toBeVisible();
    await ask(page, "Combien de temps ai-je pour retourner un article ?");
    const answer = chat(page).locator(".message.agent").filter({ hasText: "45 jours" }).last();
    await expect(answer).toContainText("dans un délai de 45 jours");
    await expect(answer.getByRole("link", { name: /Retours et remboursements/ }).first()).toHaveAttribute("href", `${helpSite}fr/retours.html#delai-de-retour`);
    await context.close();
  });

  test("is refused on a site the agent does not allow", async ({ page }) => {
    const warnings: string[] = [];
    page.on("console", (message) => void (message.type() === "warning" && warnings.push(message.text())));
    await page.goto(`http://127.0.0.1:${OTHER_HOST_PORT}/`);
    await expect.poll(() => warnings.join("\n")).toContain("is not available on this site");
    await expect(launcher(page)).toHaveCount(0);
  });

  test("the demo page shows a published agent in its real widget", async ({ page }) => {
    await page.goto(`/demo/${agentId}`);
    await expect(page.getByRole("heading", { level: 1, name: "Try Nora" })).toBeVisible();
    await launcher(page).click();
    await ask(page, "How long do I have to return an item?");
    await expect(chat(page).locator(".message.agent").filter({ hasText: "45 days" }).last()).toContainText("within 45 days of delivery");
  });
});
