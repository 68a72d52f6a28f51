import { expect, test } from "@playwright/test";

test("serves a favicon, an SVG icon linked from every page, and a robots.txt that keeps crawlers out of the dashboard", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));

  await page.goto("/sign-in");
  const icon = page.locator('head link[rel="icon"][type="image/svg+xml"]');
  await expect(icon).toHaveCount(1);
  const svg = await request.get((await icon.getAttribute("href"))!);
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("<svg");

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Disallow: \/w\/$/m);
  expect(robots).toMatch(/^Disallow: \/embed\/$/m);
  expect(robots).toMatch(/^Allow: \/demo\/$/m);
});
