import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import sirv from "sirv";
import { createWorkspace, fillSignUp, newPerson } from "../support/e2e/accounts";
import { buildDocx } from "../support/fixtures/office";
import { buildPdf } from "../support/fixtures/pdf";

/** Must match OUTBOUND_ALLOWLIST in playwright.config.ts, or the app refuses to crawl it. */
const SITE_PORT = 3190;
const SITE_URL = `http://127.0.0.1:${SITE_PORT}/`;
const SITE_NAME = `127.0.0.1:${SITE_PORT}`;

let site: Server;

test.beforeAll(async () => {
  const serve = sirv(fileURLToPath(new URL("../support/fixtures/site", import.meta.url)), { dev: true });
  site = createServer((request, response) =>
    serve(request, response, () => {
      response.statusCode = 404;
      response.end("Not found");
    }),
  );
  await new Promise<void>((resolve, reject) => site.once("error", reject).listen(SITE_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => site?.close(resolve));
});

async function openAddMenu(page: Page, item: string) {
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByRole("menuitem", { name: item }).click();
}

/** Waits for a source's status line to report what was indexed, and for its badge to read Ready. */
async function expectIndexed(page: Page, name: string, summary: RegExp) {
  const item = page.getByRole("list", { name: "Knowledge sources" }).getByRole("listitem", { name, exact: true });
  await expect(item.getByRole("status")).toHaveText(summary, { timeout: 90_000 });
  await expect(item.getByText("Ready", { exact: true })).toBeVisible();
  // The count is said once: not "3 pages in the index" beside "3 pages indexed".
  await expect(item.getByText(/in the index/)).toHaveCount(0);
}

async function expectTopResult(page: Page, query: string, title: string, kind: string) {
  await page.getByLabel("Ask what a customer would ask").fill(query);
  await page.getByLabel("Ask what a customer would ask").press("Enter");
  const results = page.getByRole("region", { name: "Search results" });
  const first = results.locator(":scope > ol > li").first();
  await expect(first.getByRole("heading", { level: 3 })).toContainText(title);
  await expect(first.getByText(kind, { exact: true })).toBeVisible();
  await expect(results.getByRole("progressbar", { name: "Confidence" })).toBeVisible();
}

test("adds every kind of knowledge, watches it index, and finds each in the search tester, then deletes a source after confirming", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto("/sign-up");
  await fillSignUp(page, newPerson("Kim Knowledge"));
  await createWorkspace(page, "Kite Support");

  await page.getByRole("link", { name: "Knowledge" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Knowledge" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No knowledge yet" })).toBeVisible();

  // Files: a Word document and a PDF, each with a sentence found nowhere else.
  await openAddMenu(page, "Upload files");
  const docx = buildDocx([{ heading: "Umbrella warranty" }, { paragraph: "Our warranty covers purple umbrellas for exactly seven winters of storms." }], { title: "Umbrella warranty" });
  const pdf = buildPdf([["Lighthouse service awards", "Lighthouse keepers receive a brass telescope after twelve years of service."]], { title: "Lighthouse service awards" });
  await page.getByLabel("Files to upload").setInputFiles([
    { name: "umbrella-warranty.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(docx) },
    { name: "lighthouse-awards.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) },
  ]);
  await expect(page.getByRole("list", { name: "Chosen files" }).getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Upload 2 files" }).click();
  const results = page.getByRole("list", { name: "Upload results" });
  await expect(results.getByRole("listitem").filter({ hasText: "added" })).toHaveCount(2);
  await page.getByRole("button", { name: "Done" }).click();

  // A local site, crawled through its sitemap and links.
  await openAddMenu(page, "Add a website or page");
  // A local address that is not allowlisted is refused with a way to allow it.
  await page.getByLabel("Web address").fill("http://127.0.0.1:3999/help/");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("dialog")).toContainText("To allow it, add 127.0.0.1:3999 to OUTBOUND_ALLOWLIST.");
  await page.getByLabel("Web address").fill(SITE_URL);
  await page.getByRole("switch", { name: /Import related pages/ }).click();
  await expect(page.getByLabel("Most pages to import")).toHaveValue("1000");
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();

  // An article, published.
  await openAddMenu(page, "New article");
  await expect(page.getByRole("heading", { level: 1, name: "New article" })).toBeVisible();
  await page.getByLabel("Title").fill("Tandem bicycle rental");
  await page.getByLabel("Body").fill(
    "# Tandem bicycles\n\nTandem bicycles can be rented by the hour from the glacier station kiosk.\n\n| Hours | Price |\n| --- | --- |\n| 1 | 12 euros |\n\n1\\. Ask at the kiosk \\- bring a helmet.",
  );
  await page.getByLabel("Category").fill("Rentals");
  await page.getByLabel("Status").click();
  await page.getByRole("option", { name: "Published" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/knowledge\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tandem bicycle rental" })).toBeVisible();
  await page.getByRole("link", { name: "Articles" }).click();
  await expect(page.getByRole("row", { name: /Tandem bicycle rental.*Published/ })).toBeVisible();

  // A short answer.
  await openAddMenu(page, "New short answer");
  const shortAnswer = page.getByRole("dialog", { name: "New short answer" });
  await shortAnswer.getByRole("textbox", { name: "Question" }).fill("Are dogs allowed on the observation deck?");
  await shortAnswer.getByRole("textbox", { name: "Other ways to ask" }).fill("Can I bring my dog to the deck?");
  await shortAnswer.getByRole("textbox", { name: "Answer", exact: true }).fill("Leashed dogs are welcome on the observation deck except during fireworks.");
  await shortAnswer.getByRole("button", { name: "Add short answer" }).click();
  await expect(page.getByRole("list", { name: "Short answers" }).getByRole("heading", { name: "Are dogs allowed on the observation deck?" })).toBeVisible();

  await page.getByRole("tab", { name: "Sources" }).click();
  await expectIndexed(page, "umbrella-warranty.docx", /^1 file indexed$/);
  await expectIndexed(page, "lighthouse-awards.pdf", /^1 file indexed$/);
  await expectIndexed(page, SITE_NAME, /^3 pages indexed$/);
  await expectIndexed(page, "Articles", /^1 article indexed$/);
  await expectIndexed(page, "Short answers", /^1 short answer indexed$/);

  // The crawled pages, listed in the source's sheet.
  await page.getByRole("button", { name: `Actions for ${SITE_NAME}` }).click();
  await page.getByRole("menuitem", { name: "View pages" }).click();
  const pages = page.getByRole("list", { name: `Documents of ${SITE_NAME}` }).getByRole("listitem");
  await expect(pages).toHaveCount(3);
  await expect(pages.filter({ hasText: "Kite returns" })).toContainText("indexed");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: `Actions for ${SITE_NAME}` })).toBeFocused();

  await page.getByRole("tab", { name: "Test search" }).click();
  await expectTopResult(page, "How many winters does the warranty cover purple umbrellas?", "Umbrella warranty", "File");
  await expectTopResult(page, "Do lighthouse keepers receive a brass telescope?", "Lighthouse service awards", "File");
  await expectTopResult(page, "Can kites damaged by seagulls be returned?", "Kite returns", "Website");
  await expectTopResult(page, "How long do kite parcels to the Faroe Islands take by ferry?", "Shipping to the islands", "Website");
  await expectTopResult(page, "stunt kites above the northern dunes", "Zephyr Kite Club", "Website");
  await expectTopResult(page, "Where can I rent a tandem bicycle by the hour?", "Tandem bicycle rental", "Articles");
  // The passage is shown as Markdown renders: a table, and escapes resolved.
  const tandem = page.getByRole("region", { name: "Search results" }).locator(":scope > ol > li").first();
  await expect(tandem.getByRole("cell", { name: "12 euros" })).toBeVisible();
  await expect(tandem).toContainText("1. Ask at the kiosk - bring a helmet.");
  await expect(tandem).not.toContainText("| --- |");
  await expect(tandem).not.toContainText("\\");
  await expectTopResult(page, "Can I bring my dog on the observation deck?", "Are dogs allowed on the observation deck?", "Short answers");

  // Deleting asks first; cancelling keeps the source, confirming removes it from the list.
  await page.getByRole("tab", { name: "Sources" }).click();
  const sources = page.getByRole("list", { name: "Knowledge sources" });
  await page.getByRole("button", { name: "Actions for lighthouse-awards.pdf" }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  const confirmDelete = page.getByRole("alertdialog", { name: "Delete lighthouse-awards.pdf?" });
  await confirmDelete.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmDelete).toBeHidden();
  await expect(sources.getByRole("listitem", { name: "lighthouse-awards.pdf", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Actions for lighthouse-awards.pdf" }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await confirmDelete.getByRole("button", { name: "Delete source" }).click();
  await expect(confirmDelete).toBeHidden();
  await expect(sources.getByRole("listitem", { name: "lighthouse-awards.pdf", exact: true })).toHaveCount(0);
  await expect(sources.getByRole("listitem", { name: "umbrella-warranty.docx", exact: true })).toBeVisible();
});
