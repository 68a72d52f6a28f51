import { createServer, type Server } from "node:http";
import { expect, test, type Browser } from "@playwright/test";
import { createWorkspace, fillSignUp, newPerson } from "../support/e2e/accounts";
import { serveHostPage } from "../support/e2e/static-site";
import { trpcMutation, trpcQuery } from "../support/e2e/trpc";
import { ask, chat, launcher } from "../support/e2e/widget";
import { lumenPages, lumenShortAnswer } from "../support/fixtures/lumen-help";

// 3192 is on the app's outbound allowlist (playwright.config.ts); the widget spec serves its own site there in turn.
const HELP_PORT = 3192;
const HOST_PORT = 3197;
const servers: Server[] = [];
const NO_ANSWER = /Could you tell me a bit more|Is your question about|passing your question to our team|passing you to a member/;

/** The invented help site, served by this test. */
async function serveHelpSite(): Promise<Server> {
  const server = createServer((request, response) => {
    const body = lumenPages[new URL(request.url ?? "/", "http://x").pathname];
    response.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    response.end(body ?? "Not found");
  });
  await new Promise<void>((resolve) => server.listen(HELP_PORT, "127.0.0.1", resolve));
  return server;
}

/** An admin's setup: the help site crawled, a short answer that overrides it, a published agent on the host site. */
async function publishAgent(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/sign-up");
  await fillSignUp(page, newPerson("Tove Trust"));
  await createWorkspace(page, "Lumen");
  const [workspace] = await trpcQuery<{ id: string }[]>(page.request, "workspaces.list");
  const workspaceId = workspace!.id;
  await trpcMutation(page.request, "knowledge.sources.addUrl", { workspaceId, url: `http://127.0.0.1:${HELP_PORT}/`, includeRelated: true });
  await trpcMutation(page.request, "knowledge.shortAnswers.create", { workspaceId, ...lumenShortAnswer, language: "en" });
  await expect
    .poll(async () => (await trpcQuery<{ status: string }[]>(page.request, "knowledge.sources.list", { workspaceId })).map((source) => source.status).join(","), { timeout: 30_000 })
    .toBe("ready,ready");
  const created = await trpcMutation<{ id: string; draft: Record<string, unknown>; draftUpdatedAt: Date }>(page.request, "agents.create", { workspaceId, name: "Lumi" });
  const saved = await trpcMutation<{ draftUpdatedAt: Date }>(page.request, "agents.updateDraft", {
    ...created.draft,
    workspaceId,
    agentId: created.id,
    expectedDraftUpdatedAt: created.draftUpdatedAt,
    allowedDomains: [`127.0.0.1:${HOST_PORT}`],
  });
  await trpcMutation(page.request, "agents.publish", { workspaceId, agentId: created.id, expectedDraftUpdatedAt: saved.draftUpdatedAt });
  await context.close();
  return created.id;
}

const lastReply = (page: Parameters<typeof chat>[0]) => chat(page).locator(".message.agent").last();

test.describe("answers a visitor can trust, on content nobody tuned the agent to", () => {
  test.beforeAll(async ({ browser }, info) => {
    servers.push(await serveHelpSite());
    const agentId = await publishAgent(browser, info.project.use.baseURL!);
    servers.push(await serveHostPage(HOST_PORT, info.project.use.baseURL!, agentId));
  });
  test.afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  test("an out-of-scope question after an answered one gets no answer, not the previous topic", async ({ page }) => {
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    await launcher(page).click();
    await ask(page, "Is the help desk open on Fridays?");
    const answer = chat(page).locator(".message.agent").filter({ hasText: "On Fridays the help desk is closed" });
    await expect(answer).toBeVisible();
    await expect(answer.getByRole("link", { name: /Help desk hours/ })).toBeVisible();
    await expect(answer.getByRole("button", { name: "Helpful", exact: true })).toBeVisible();

    await ask(page, "Can I pay my library parking fine through this service?");
    await expect(chat(page).locator(".message.agent")).toHaveCount(3);
    const reply = lastReply(page);
    await expect(reply).toContainText(NO_ANSWER);
    await expect(reply).not.toContainText("help desk");
    await expect(reply.getByRole("link")).toHaveCount(0);
    // Nothing to rate under a clarification or a handoff.
    await expect(reply.getByRole("button", { name: "Helpful", exact: true })).toHaveCount(0);
  });

  test("a short answer's own question and a paraphrase are answered with its text", async ({ page }) => {
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    await launcher(page).click();
    for (const [i, question] of [lumenShortAnswer.question, "How big can the files I attach be?"].entries()) {
      await ask(page, question);
      await expect(chat(page).locator(".message.agent")).toHaveCount(2 + i);
      const reply = lastReply(page);
      await expect(reply).toContainText("Files can be up to 50 GB each on every plan");
      await expect(reply).not.toContainText("Also asked as");
      await expect(reply).not.toContainText("10 GB");
    }
  });

  test("a French question about English content is answered under a French lead-in, not clarified", async ({ page }) => {
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    await launcher(page).click();
    await ask(page, "Comment créer un compte avec mon profil GitHub ?");
    await expect(chat(page).locator(".message.agent")).toHaveCount(2);
    const reply = lastReply(page);
    await expect(reply).toContainText("Notre documentation répond à cette question en anglais");
    await expect(reply).toContainText("account with your GitHub profile");
    await expect(reply.getByRole("link", { name: /Creating an account/ })).toBeVisible();
  });
});
