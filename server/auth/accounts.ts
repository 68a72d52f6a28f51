import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "../errors";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import { clearFailedSignIns, isSignInBlocked, recordFailedSignIn } from "./rate-limit";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function createAccount(db: Db, input: { name: string; email: string; password: string }) {
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ name: input.name.trim() || null, email, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email, name: users.name });
  if (!user) throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
  return user;
}

export class SignInRateLimited extends Error {}

/**
 * Checks an email and password. Every failure looks the same to the caller (null), whether the
 * account exists or not; only too many failures are distinguishable, and that is about the caller.
 */
export async function verifyCredentials(db: Db, input: { email: string; password: string; ip: string }) {
  const email = normaliseEmail(input.email);
  if (await isSignInBlocked(input.ip, email)) throw new SignInRateLimited();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, image: users.image, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email));
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!ok || !user) {
    await recordFailedSignIn(input.ip, email);
    return null;
  }
  await clearFailedSignIns(input.ip, email);
  return { id: user.id, email: user.email, name: user.name, image: user.image };
}

export async function getUser(db: Db, userId: string) {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, image: users.image, hasPassword: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId));
  return user ? { ...user, hasPassword: Boolean(user.hasPassword) } : null;
}

export async function updateProfile(db: Db, userId: string, input: { name: string }) {
  const [user] = await db.update(users).set({ name: input.name.trim() || null }).where(eq(users.id, userId)).returning({ id: users.id, name: users.name });
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  return user;
}

export async function changePassword(db: Db, userId: string, input: { currentPassword?: string; newPassword: string }) {
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword ?? ""))) {
    throw new AppError("INVALID", "Your current password is not correct.");
  }
  await db.update(users).set({ passwordHash: await hashPassword(input.newPassword) }).where(eq(users.id, userId));
}

/** True once anyone has signed up; a fresh install sends its first visitor to sign-up instead of sign-in. */
export async function hasAnyAccount(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return Boolean(row);
}
