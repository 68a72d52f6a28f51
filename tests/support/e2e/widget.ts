import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Locators for the embedded widget as a visitor finds it on a host page. */
/** The launcher's name is "Chat with <agent>" in the visitor's language (en, fr, sv, de, es). */
export const launcher = (page: Page) => page.getByRole("button", { name: /^(Chat with|Discuter avec|Chatta med|Chat mit|Chatear con) / });
export const panel = (page: Page) => page.locator("[data-closer-widget] iframe");
export const chat = (page: Page) => page.frameLocator("[data-closer-widget] iframe");

export async function ask(page: Page, question: string) {
  const input = chat(page).getByRole("textbox", { name: "Message" });
  await input.fill(question);
  await input.press("Enter");
}

/** Runs axe over the host page, the launcher's shadow root and the chat iframe. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const checkedInFrame = [...results.passes, ...results.violations].some((rule) => rule.nodes.some((node) => node.target.length > 1));
  expect(checkedInFrame, "axe must reach into the chat iframe").toBe(true);
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")}`)).toEqual([]);
  // "Needs review" results (e.g. a target whose size axe cannot measure) count as failures too.
  expect(results.incomplete.map((result) => result.id)).toEqual([]);
}
