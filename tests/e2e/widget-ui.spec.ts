import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { buildWidget } from "../../widget/build";
import { ask, chat, expectNoAxeViolations, launcher, panel } from "../support/e2e/widget";
import { startFakeWidgetServer, startHostSite, type FakeWidgetServer } from "../support/widget-fake-server";

/**
 * The embeddable chat as a visitor meets it: a host site on one origin embeds the snippet, the
 * chat runs in an iframe from the (fake) app origin. Needs no Next app.
 */
const APP_PORT = 3310;
const HOST_PORT = 3311;
const AGENT_ID = "3f2b8f9e-5c1a-4a57-9a4f-1f2e3d4c5b6a";
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const shots = path.join(repoRoot, "tests/.artifacts/widget");

let app: FakeWidgetServer;
let host: { close: () => Promise<void> };

test.beforeAll(async () => {
  await buildWidget(path.join(repoRoot, "public"));
  await mkdir(shots, { recursive: true });
  app = await startFakeWidgetServer({ port: APP_PORT, publicDir: path.join(repoRoot, "public"), agentId: AGENT_ID, allowedHosts: [`localhost:${HOST_PORT}`, `127.0.0.1:${HOST_PORT}`] });
  host = await startHostSite(HOST_PORT, app.origin);
});

test.afterAll(async () => {
  await host?.close();
  await app?.close();
});

const hostUrl = (pathname = "/", agent = AGENT_ID) => `http://localhost:${HOST_PORT}${pathname}?agent=${agent}`;

test("answers with streamed text and cited sources, records feedback, and keeps the conversation across reloads", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(hostUrl());
  await launcher(page).click();
  await expect(launcher(page)).toHaveAttribute("aria-expanded", "true");
  const frame = chat(page);
  const log = frame.getByRole("log", { name: "Conversation" });
  await expect(log).toContainText("Hi! How can I help you today?");
  await expect(frame.getByRole("textbox", { name: "Message" })).toBeFocused();
  await expect(frame.getByRole("heading", { level: 1 })).toHaveAccessibleName("Kite Helper AI (automated assistant)");
  const starters = frame.getByRole("list", { name: "Suggested questions" });
  await expect(starters.getByRole("button")).toHaveText(["How do I return an item?", "When will I get my refund?", "Where is my order?", "Talk to a person"]);
  // The host page's `button { background: red }` and `iframe { display: none }` do not reach the widget.
  await page.mouse.move(0, 0);
  expect(await launcher(page).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(29, 78, 216)");
  const box = await panel(page).boundingBox();
  expect(box && [Math.round(box.width), Math.round(box.height)]).toEqual([400, 640]);
  expect(await panel(page).evaluate((element) => getComputedStyle(element).animationName)).toBe("closer-pop");
  await page.screenshot({ path: path.join(shots, "desktop-open.png") });

  await ask(page, "How do I return an item?");
  await expect(log).toContainText("You can return any item within 30 days of delivery [1]. Refunds reach your card within 5 business days [2].");
  const sources = log.getByRole("list", { name: "Sources" });
  const returns = sources.getByRole("link", { name: /^Returns policy/ });
  await expect(returns).toHaveAttribute("href", "https://shop.example/help/returns");
  await expect(returns).toHaveAttribute("target", "_blank");
  await expect(sources.getByRole("link", { name: /^Refunds and payment/ })).toHaveAttribute("href", "https://shop.example/help/refunds");
  const citation = log.getByRole("link", { name: "[1]" });
  await citation.click();
  await expect(returns).toBeFocused();
  await expect(starters).toHaveCount(0);
  expect(app.chatRequests.at(-1)).toMatchObject({ message: { text: "How do I return an item?" }, locale: "en-US", pageUrl: hostUrl() });
  await page.screenshot({ path: path.join(shots, "desktop-answer-with-sources.png") });

  await log.getByRole("button", { name: "Helpful", exact: true }).click();
  await expect(log.getByRole("button", { name: "Helpful", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(log.getByRole("button", { name: "Not helpful" })).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => app.feedback.length).toBe(1);
  expect(app.feedback[0]).toMatchObject({ rating: "helpful", visitorId: app.chatRequests.at(-1)?.visitorId });

  await page.reload();
  await launcher(page).click();
  await expect(log).toContainText("How do I return an item?");
  await expect(log).toContainText("Refunds reach your card within 5 business days");
  await expect(log.getByRole("button", { name: "Helpful", exact: true })).toHaveAttribute("aria-pressed", "true");

  const sent = app.chatRequests.length;
  await ask(page, "And for sale items?");
  await expect.poll(() => app.chatRequests.length).toBe(sent + 1);
  expect(app.chatRequests.at(-1)?.conversationId).toBe(app.conversationIds.at(-1));
  expect(app.chatRequests.at(-1)?.visitorId).toBe(app.chatRequests.at(-2)?.visitorId);
});

test("keeps the conversation in the frame's own storage when the browser allows it", async ({ page }) => {
  // Same site as the app (127.0.0.1), so the browser grants the frame its storage.
  const sameSite = hostUrl().replace("localhost", "127.0.0.1");
  await page.goto(sameSite);
  await launcher(page).click();
  await ask(page, "How do I return an item?");
  await expect(chat(page).getByRole("log")).toContainText("within 5 business days");
  const ownRecord = await page.frames()[1]?.evaluate((agent) => localStorage.getItem(`closer-chat:${agent}`), AGENT_ID);
  expect(JSON.parse(ownRecord ?? "{}")).toMatchObject({ conversationId: app.conversationIds.at(-1) });
  expect(await page.evaluate((agent) => localStorage.getItem(`closer-widget:${agent}:record`), AGENT_ID)).toBeNull();
  await page.reload();
  await launcher(page).click();
  await expect(chat(page).getByRole("log")).toContainText("How do I return an item?");
});

test("greets a French visitor in French", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto(hostUrl());
  await launcher(page).click();
  const frame = chat(page);
  await expect(frame.getByRole("log", { name: "Conversation" })).toContainText("Bonjour ! Comment puis-je vous aider ?");
  await expect(frame.getByRole("textbox", { name: "Message" })).toHaveAttribute("placeholder", "Posez une question…");
  await expect(frame.getByRole("button", { name: "Fermer la discussion" })).toBeVisible();
  await expect(frame.locator("html")).toHaveAttribute("lang", "fr");
  await expect(launcher(page)).toHaveAccessibleName("Discuter avec Kite Helper");
  await context.close();
});

test("fills the screen on a phone without animation for reduced motion, closes with its close button and with Escape, and gives focus back", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(hostUrl());
  await launcher(page).click();
  const frame = chat(page);
  await expect(frame.getByRole("log", { name: "Conversation" })).toContainText("Hi! How can I help you today?");
  expect(await panel(page).boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  await expect(launcher(page)).toBeHidden();
  expect(await panel(page).evaluate((element) => getComputedStyle(element).animationName)).toBe("none");
  await page.screenshot({ path: path.join(shots, "mobile-open.png") });

  await frame.getByRole("button", { name: "Close chat" }).click();
  await expect(panel(page)).toBeHidden();
  await expect(launcher(page)).toBeFocused();
  await expect(launcher(page)).toHaveAttribute("aria-expanded", "false");

  await page.keyboard.press("Enter");
  await expect(frame.getByRole("textbox", { name: "Message" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel(page)).toBeHidden();
  await expect(launcher(page)).toBeFocused();
  await context.close();
});

test("composer: Shift+Enter adds a line, a counter appears near the limit, and it is disabled while a reply streams", async ({ page }) => {
  await page.goto(hostUrl());
  await launcher(page).click();
  const input = chat(page).getByRole("textbox", { name: "Message" });
  await input.pressSequentially("first line");
  await input.press("Shift+Enter");
  await input.pressSequentially("second line");
  await expect(input).toHaveValue("first line\nsecond line");
  const sentBefore = app.chatRequests.length;
  await input.fill("x".repeat(1_900));
  await expect(chat(page).getByText("1900 / 2000")).toBeVisible();
  await input.fill("y".repeat(2_100));
  await expect(input).toHaveValue("y".repeat(2_000));

  await input.fill("A slow question about returns");
  await input.press("Enter");
  await expect(input).toBeDisabled();
  await expect(chat(page).getByRole("log")).toHaveAttribute("aria-busy", "true");
  await expect(input).toBeEnabled({ timeout: 20_000 });
  await expect(input).toBeFocused();
  expect(app.chatRequests.length).toBe(sentBefore + 1);
});

test("shows an unread dot for a reply that finished while the panel was closed", async ({ page }) => {
  await page.goto(hostUrl());
  await launcher(page).click();
  await ask(page, "slow: how long do refunds take?");
  await expect(chat(page).getByRole("log")).toHaveAttribute("aria-busy", "true");
  await page.keyboard.press("Escape");
  await expect(panel(page)).toBeHidden();
  await expect(launcher(page)).toHaveAccessibleName("Chat with Kite Helper (1 new message)", { timeout: 20_000 });
  await expect(page.locator("[data-closer-widget] .dot")).toBeVisible();

  // On the next page the chat is loaded at once, because a conversation is in progress.
  await page.goto(hostUrl("/pricing"));
  await expect(panel(page)).toBeAttached();
  await expect(launcher(page)).toHaveAccessibleName("Chat with Kite Helper (1 new message)");
  await launcher(page).click();
  await expect(launcher(page)).toHaveAccessibleName("Chat with Kite Helper");
  await expect(page.locator("[data-closer-widget] .dot")).toBeHidden();
});

test("hands off to a person: hides the AI badge and takes an email", async ({ page }) => {
  await page.goto(hostUrl());
  await launcher(page).click();
  const frame = chat(page);
  await frame.getByRole("button", { name: "Talk to a person" }).click();
  await expect(frame.getByRole("log")).toContainText("I'll ask a person from the team to help you with this.");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveAccessibleName("Kite Helper");
  await expect(frame.getByText("A team member will reply here")).toBeVisible();
  const form = frame.getByRole("form", { name: "Leave your email and a person will get back to you" });
  const email = form.getByRole("textbox", { name: "Email" });
  // The form's button and the composer's are told apart by their names.
  await expect(frame.getByRole("button", { name: "Send", exact: true })).toHaveCount(1);
  await expect(frame.getByRole("button", { name: "Send email address", exact: true })).toHaveCount(1);
  await email.fill("kim@example");
  await form.getByRole("button", { name: "Send email address" }).click();
  await expect(form.getByRole("alert")).toHaveText("Enter a valid email address.");
  await email.fill("kim@example.org");
  await form.getByRole("button", { name: "Send email address" }).click();
  await expect(form.getByRole("alert")).toHaveText("That email address looks wrong.");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
  await email.fill("kim@example.com");
  await page.screenshot({ path: path.join(shots, "handoff-email-form.png") });
  await form.getByRole("button", { name: "Send email address" }).click();
  await expect(frame.getByRole("status")).toHaveText("Thanks! A person will reply to kim@example.com.");
  expect(app.handoffEmails.at(-1)).toMatchObject({ email: "kim@example.com", conversationId: app.conversationIds.at(-1) ?? "missing" });
});

test("shows a friendly error for a failed reply and the server's message for a refused one", async ({ page }) => {
  await page.goto(hostUrl());
  await launcher(page).click();
  const frame = chat(page);
  await ask(page, "This one is broken");
  await expect(frame.getByRole("alert")).toHaveText("Sorry, something went wrong. Please try again.");
  await expect(frame.getByRole("log").locator(".agent")).toHaveCount(1);
  await expect(frame.getByRole("log")).not.toContainText("model exploded");
  await ask(page, "Am I typing too fast?");
  await expect(frame.getByRole("alert")).toHaveText("You are sending messages too quickly.");
  await expect(frame.getByRole("textbox", { name: "Message" })).toBeEnabled();
});

test("has no accessibility violations in the launcher or the chat", async ({ page }) => {
  await page.goto(hostUrl());
  await launcher(page).click();
  await expect(chat(page).getByRole("list", { name: "Suggested questions" })).toBeVisible();
  await expectNoAxeViolations(page);

  await ask(page, "How do I return an item?");
  const log = chat(page).getByRole("log");
  await expect(log.getByRole("button", { name: "Helpful", exact: true })).toBeVisible();
  await log.getByRole("button", { name: "Not helpful" }).click();
  await chat(page).getByRole("textbox", { name: "Message" }).fill("z".repeat(1_950));
  await expectNoAxeViolations(page);
});

test("works on a host page whose CSP forbids inline styles", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) refused.push(message.text());
  });
  await page.goto(hostUrl("/strict"));
  await page.mouse.move(0, 0);
  expect(await launcher(page).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(29, 78, 216)");
  await launcher(page).click();
  await expect(chat(page).getByRole("log")).toContainText("Hi! How can I help you today?");
  // Only the host page's own inline <style> is refused, never anything of the widget's.
  expect(refused.filter((text) => !text.includes("style-src 'self'") || text.includes("widget"))).toEqual([]);
});

test("draws nothing, with one warning, for an agent the app does not know", async ({ page }) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await page.goto(hostUrl("/", "00000000-0000-4000-8000-000000000000"));
  await expect.poll(() => warnings.length).toBe(1);
  expect(warnings[0]).toContain("not available on this site");
  await expect(page.locator("[data-closer-widget]")).toHaveCount(0);
});
