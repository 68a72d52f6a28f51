import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "../errors";
import type { Limits } from "../rate-limits";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import { assertSignInAllowed, clearFailedSignIns, recordFailedSignIn } from "./sign-in-limits";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The account exists and the password is right, but its address was never confirmed. */
export class EmailNotVerified extends Error {}

/**
 * Checks an email and password. Every failure looks the same to the caller (null), whether the
 * account exists or not; refusals for too many failures throw RATE_LIMITED, and a right password
 * for an unconfirmed address throws EmailNotVerified (only the password's owner learns that).
 */
export async function verifyCredentials(db: Db, store: Limits, input: { email: string; password: string; address: string }) {
  const email = normaliseEmail(input.email);
  await assertSignInAllowed(store, input.address, email);
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, image: users.image, passwordHash: users.passwordHash, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.email, email));
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!ok || !user) {
    await recordFailedSignIn(store, input.address, email);
    return null;
  }
  if (!user.emailVerified) throw new EmailNotVerified();
  await clearFailedSignIns(store, email);
  return { id: user.id, email: user.email, name: user.name, image: user.image };
}

export async function getUser(db: Db, userId: string) {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, image: users.image, hasPassword: users.passwordHash, emailVerified: users.emailVerified, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId));
  return user ? { ...user, hasPassword: Boolean(user.hasPassword) } : null;
}

export async function updateProfile(db: Db, userId: string, input: { name: string }) {
  const [user] = await db.update(users).set({ name: input.name.trim() || null }).where(eq(users.id, userId)).returning({ id: users.id, name: users.name });
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  return user;
}

/** Sets a new password and signs the account out everywhere; the caller signs this browser in again. */
export async function changePassword(db: Db, userId: string, input: { currentPassword?: string; newPassword: string }) {
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword ?? ""))) {
    throw new AppError("INVALID", "Your current password is not correct.");
  }
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

/** True once anyone has signed up; a fresh install sends its first visitor to sign-up instead of sign-in. */
export async function hasAnyAccount(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return Boolean(row);
}

/**
 * A magic link has just proven that someone owns `email`. An unconfirmed password account holding
 * that address was never theirs to trust: its password and the name its creator chose are dropped
 * and any session of it ended, and the person signs in to it as a fresh, passwordless account.
 * Unconfirmed accounts cannot sign in, so they own nothing to hand over.
 */
export async function discardUnprovenPassword(db: Db, email: string): Promise<boolean> {
  const reset = await db
    .update(users)
    .set({ passwordHash: null, name: null, image: null, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(sql`${users.email} = ${normaliseEmail(email)} and ${users.emailVerified} is null`)
    .returning({ id: users.id });
  return reset.length > 0;
}

/**
 * The same proof from an identity provider: Auth.js then creates the account from the provider's
 * profile, so the unconfirmed one is removed rather than reset (it owns nothing, see above).
 */
export async function removeUnprovenAccount(db: Db, email: string): Promise<boolean> {
  const removed = await db
    .delete(users)
    .where(sql`${users.email} = ${normaliseEmail(email)} and ${users.emailVerified} is null`)
    .returning({ id: users.id });
  return removed.length > 0;
}
