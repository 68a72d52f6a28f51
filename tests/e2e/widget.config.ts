import { defineConfig } from "@playwright/test";

/**
 * Runs the widget's browser tests alone: they start their own fake app and host site, so unlike
 * playwright.config.ts this needs no Next build or server. `npx playwright test -c tests/e2e/widget.config.ts`
 */
export default defineConfig({
  testDir: ".",
  testMatch: "widget-*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  outputDir: "../.artifacts/playwright-widget",
});
