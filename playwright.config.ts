import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3195);
const mailboxPort = Number(process.env.E2E_MAILBOX_PORT ?? 3196);
process.env.E2E_MAILBOX_URL ??= `http://127.0.0.1:${mailboxPort}`;
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
  webServer: [
    {
      // The app's mail (confirmation links, magic links, invitations) lands here for the tests to read.
      command: "npx tsx tests/support/e2e/mail-server.ts",
      url: `${process.env.E2E_MAILBOX_URL}/messages`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: { E2E_SMTP_PORT: String(smtpPort), E2E_MAILBOX_PORT: String(mailboxPort) },
    },
    {
      command: `npx next start -H 127.0.0.1 -p ${port}`,
      url: `http://127.0.0.1:${port}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        DATA_DIR: process.env.E2E_DATA_DIR,
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
        // Several people sign up during the run; on a real install only the first may without an invitation.
        SIGNUP: "open",
        SIGNUP_LIMIT_PER_HOUR: "500",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        // The knowledge test serves a small site on this port for the crawler to import.
        OUTBOUND_ALLOWLIST: "127.0.0.1:3190,127.0.0.1:3192",
      },
    },
  ],
});
