/**
 * The browser tests' mail server: SMTP on E2E_SMTP_PORT for the app, and the mailbox as JSON on
 * E2E_MAILBOX_PORT (`GET /messages`) for the tests. Started by playwright.config.ts.
 */
import { createServer } from "node:http";
import { startFakeSmtp } from "../fake-smtp";

const smtp = await startFakeSmtp(Number(process.env.E2E_SMTP_PORT ?? 3195));
const mailbox = createServer((request, response) => {
  if (request.url?.startsWith("/messages")) {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(smtp.messages));
    return;
  }
  response.writeHead(404).end();
});
mailbox.listen(Number(process.env.E2E_MAILBOX_PORT ?? 3196), "127.0.0.1", () => console.info(`[mail] SMTP on ${smtp.port}, mailbox ready`));
