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

/** Fills the sign-up form on the current page (the caller navigates there). */
export async function fillSignUp(page: Page, person: Person) {
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Work email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
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
