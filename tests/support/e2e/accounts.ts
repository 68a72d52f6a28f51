import { expect, type Page } from "@playwright/test";

export interface Person {
  name: string;
  email: string;
  password: string;
}

let counter = 0;
export function newPerson(name: string): Person {
  counter += 1;
  const slug = name.toLowerCase().replace(/[^a-z]+/g, "-");
  return { name, email: `${slug}-${Date.now()}-${counter}@example.test`, password: "a long test passphrase" };
}

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** The newest email to `to` whose subject matches, from the tests' mail server (see playwright.config.ts). */
export async function readMail(to: string, subject: RegExp, timeoutMs = 15_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await (await fetch(`${process.env.E2E_MAILBOX_URL}/messages`)).json()) as Mail[];
    const found = mails.filter((mail) => mail.to.includes(to.toLowerCase()) && subject.test(mail.subject)).at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no email “${subject}” for ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const linkIn = (mail: Mail, path: string) => mail.text.match(new RegExp(`https?://\\S+${path}\\S*`))?.[0] ?? null;

/**
 * Fills the sign-up form on the current page (the caller navigates there). The first account of an
 * install is ready at once; anyone else confirms their address from the emailed link, with their password.
 */
export async function fillSignUp(page: Page, person: Person) {
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Work email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  const checkEmail = page.getByText("Check your email");
  await Promise.race([checkEmail.waitFor(), page.waitForURL((url) => !url.pathname.startsWith("/sign-up"))]);
  if (!(await checkEmail.isVisible())) return;
  const link = linkIn(await readMail(person.email, /Confirm your email/), "/verify-email");
  if (!link) throw new Error(`no confirmation link for ${person.email}`);
  await page.goto(link);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/verify-email"));
}

/** Signs in on the sign-in page; navigates there first unless the page is already on it. */
export async function signIn(page: Page, person: Person) {
  if (!page.url().includes("/sign-in")) await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page, person: Person) {
  await page.getByRole("button", { name: `Account menu for ${person.email}` }).first().click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

export async function createWorkspace(page: Page, name: string) {
  await expect(page.getByRole("heading", { name: /Create (your|another) workspace/ })).toBeVisible();
  await page.getByLabel("Workspace name").fill(name);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}
