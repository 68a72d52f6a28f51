import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// A fresh embedded database per run, like a fresh install. Set once here; workers inherit it.
process.env.E2E_DATA_DIR ??= `tests/.artifacts/e2e-data-${Date.now()}`;

/**
 * Browser tests drive Debian's Chromium (no browser download) against `next start` on a fresh
 * embedded database. `npm test` builds the app first.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  outputDir: "tests/.artifacts/playwright",
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      DATA_DIR: process.env.E2E_DATA_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      // The knowledge test serves a small site on this port for the crawler to import.
      OUTBOUND_ALLOWLIST: "127.0.0.1:3190,127.0.0.1:3192",
    },
  },
});
