import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import superjson from "superjson";
import { createWorkspace, fillSignUp, linkIn, newPerson, readMail, signIn } from "../support/e2e/accounts";
import { trpcMutation, trpcQuery } from "../support/e2e/trpc";

/** Each attack from the security review, replayed against `next start` as it was found. */

async function credentialsAttempt(request: APIRequestContext, email: string, password: string, forwardedFor: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/" },
    headers: { "x-forwarded-for": forwardedFor, "x-auth-return-redirect": "1" },
    maxRedirects: 0,
  });
}

test("rotating X-Forwarded-For buys no extra password guesses: 429 with Retry-After within the limit", async ({ page, playwright, baseURL }) => {
  const victim = newPerson("Guess Target");
  await page.goto("/sign-up");
  await fillSignUp(page, victim);
  const attacker = await playwright.request.newContext({ baseURL });
  const statuses: number[] = [];
  for (let i = 0; i < 8; i++) statuses.push((await credentialsAttempt(attacker, victim.email, `guess number ${i}`, `203.0.113.${i + 1}`)).status());
  const firstRefusal = statuses.indexOf(429);
  expect(firstRefusal).toBeGreaterThan(0);
  expect(firstRefusal).toBeLessThanOrEqual(5);
  const refused = await credentialsAttempt(attacker, victim.email, victim.password, "198.51.100.77");
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  await attacker.dispose();
});

test("a pre-registered, unconfirmed account does not capture a later magic-link sign-in", async ({ browser }) => {
  // The first account of an install owns it without confirming, by design: make sure that one exists.
  const ownerPage = await (await browser.newContext()).newPage();
  await ownerPage.goto("/sign-up");
  await fillSignUp(ownerPage, newPerson("Ingrid Installer"));
  const address = newPerson("Vera Victim").email;
  const attackerPage = await (await browser.newContext()).newPage();
  await attackerPage.goto("/sign-up");
  await attackerPage.getByLabel("Your name").fill("Mallory");
  await attackerPage.getByLabel("Work email").fill(address);
  await attackerPage.getByLabel("Password").fill("mallory's chosen password");
  await attackerPage.getByRole("button", { name: "Create account" }).click();
  await expect(attackerPage.getByText("Check your email")).toBeVisible();

  const victimPage = await (await browser.newContext()).newPage();
  await victimPage.goto("/sign-in");
  await victimPage.getByLabel("Email").fill(address);
  await victimPage.getByRole("button", { name: "Email me a sign-in link" }).click();
  const link = linkIn(await readMail(address, /sign-in link/), "/api/auth/callback/email");
  expect(link).not.toBeNull();
  // Next hands Auth.js loopback addresses as `localhost`, so without APP_URL the link (and the session) live there.
  await victimPage.goto(link!);
  await createWorkspace(victimPage, "Vera's Own Co");

  // The attacker's password no longer opens anything at that address.
  await attackerPage.goto("/sign-in");
  await signIn(attackerPage, { name: "Mallory", email: address, password: "mallory's chosen password" });
  await expect(attackerPage.getByText("That email and password do not match an account.")).toBeVisible();
  await victimPage.reload();
  await expect(victimPage.getByRole("heading", { level: 1, name: "Vera's Own Co" })).toBeVisible();
});

/** The PID of the `next start` serving the tests, by its listening port. */
function serverPid(port: number): number {
  const line = execFileSync("ss", ["-ltnpH", `sport = :${port}`]).toString();
  return Number(/pid=(\d+)/.exec(line)![1]);
}
const residentKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]);

/** Streams `total` bytes with no Content-Length (chunked); resolves with the status and how much was written before it came. */
function chunkedPost(url: string, total: number): Promise<{ status: number; written: number }> {
  return new Promise((resolve, reject) => {
    let written = 0;
    const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json" } }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, written });
      req.destroy();
    });
    req.on("error", (error) => (written > 0 ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    req.write('{"visitorId":"visitor-0001","message":{"id":"m","text":"');
    pump();
  });
}

test("a 10 MB chunked body to the chat endpoint gets 413, and the server does not take it into memory", async ({ page, baseURL }) => {
  await page.goto("/sign-up");
  await fillSignUp(page, newPerson("Bodie Bytes"));
  await createWorkspace(page, "Byte Co");
  const [workspace] = await trpcQuery<{ id: string }[]>(page.request, "workspaces.list");
  const agent = await trpcMutation<{ id: string; draftUpdatedAt: Date }>(page.request, "agents.create", { workspaceId: workspace!.id, name: "Bytes" });
  await trpcMutation(page.request, "agents.publish", { workspaceId: workspace!.id, agentId: agent.id, expectedDraftUpdatedAt: agent.draftUpdatedAt });

  const pid = serverPid(Number(new URL(baseURL!).port));
  const before = residentKb(pid);
  const { status, written } = await chunkedPost(`${baseURL}/api/chat/${agent.id}`, 10 * 1024 * 1024);
  expect(status).toBe(413);
  // The refusal came before the body was all sent, and the server's memory did not take it in.
  expect(written).toBeLessThan(10 * 1024 * 1024);
  expect(residentKb(pid) - before).toBeLessThan(8 * 1024);
});

test("a hostile callback URL stays on the site after sign-in", async ({ page, baseURL }) => {
  const person = newPerson("Cal Callback");
  await page.goto("/sign-up");
  await fillSignUp(page, person);
  await page.context().clearCookies();
  await page.goto("/sign-in?callbackUrl=%2F%09%2Fevil.example");
  await signIn(page, person);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("dashboard pages refuse to be framed and carry the security headers; the widget frame keeps its own policy", async ({ page, request }) => {
  const dashboard = await request.get("/sign-in");
  const headers = dashboard.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");

  await page.goto("/sign-up");
  await fillSignUp(page, newPerson("Fran Frame"));
  await createWorkspace(page, "Frame Co");
  const [workspace] = await trpcQuery<{ id: string }[]>(page.request, "workspaces.list");
  const created = await trpcMutation<{ id: string; draft: Record<string, unknown>; draftUpdatedAt: Date }>(page.request, "agents.create", { workspaceId: workspace!.id, name: "Framed" });
  const saved = await trpcMutation<{ draftUpdatedAt: Date }>(page.request, "agents.updateDraft", {
    ...created.draft,
    workspaceId: workspace!.id,
    agentId: created.id,
    expectedDraftUpdatedAt: created.draftUpdatedAt,
    allowedDomains: ["shop.example.com"],
  });
  await trpcMutation(page.request, "agents.publish", { workspaceId: workspace!.id, agentId: created.id, expectedDraftUpdatedAt: saved.draftUpdatedAt });
  const frame = (await request.get(`/embed/${created.id}`)).headers();
  expect(frame["content-security-policy"]).toContain("frame-ancestors");
  expect(frame["content-security-policy"]).toContain("shop.example.com");
  expect(frame["content-security-policy"]).not.toContain("frame-ancestors 'none'");
  expect(frame["x-frame-options"]).toBeUndefined();
});

test("a state-changing call from another site is refused even with the session cookie", async ({ page }) => {
  await page.goto("/sign-up");
  await fillSignUp(page, newPerson("Olga Origin"));
  const response = await page.request.post("/api/trpc/workspaces.create", {
    data: superjson.serialize({ name: "Forged Co" }),
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(response.status()).toBe(403);
  expect(await trpcQuery<unknown[]>(page.request, "workspaces.list")).toHaveLength(0);
});
