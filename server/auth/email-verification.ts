import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { emailVerifications, users } from "@/db/schema";
import { AppError } from "../errors";
import { safeCallbackUrl } from "@/server/http";
import { sendAccountMail } from "./account-mail";
import { verifyPassword } from "./password";

export const VERIFICATION_TTL_HOURS = 24;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const invalidLink = () => new AppError("NOT_FOUND", "This confirmation link has expired or was already used. Sign up again to get a new one.");

/** Replaces the account's confirmation link with a new one and emails it; `next` is where the person goes afterwards. */
export async function issueEmailVerification(db: DbOrTx, user: { id: string; email: string }, appUrl: string, next = "/"): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  await db.delete(emailVerifications).where(eq(emailVerifications.userId, user.id));
  await db.insert(emailVerifications).values({ tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + VERIFICATION_TTL_HOURS * 3_600_000) });
  const link = new URL(`/verify-email?${new URLSearchParams({ token, next: safeCallbackUrl(next) })}`, appUrl).toString();
  await sendAccountMail({
    to: user.email,
    subject: "Confirm your email address for Closer",
    link,
    text:
      `Confirm your email address to finish creating your Closer account: ${link}\n\n` +
      `You will be asked for the password you chose. The link expires in ${VERIFICATION_TTL_HOURS} hours. ` +
      "If you did not sign up, ignore this email: nobody can use the account without confirming it.",
  });
}

/** The address a still-valid confirmation link is for (the page shows it), or NOT_FOUND. */
export async function describeEmailVerification(db: DbOrTx, token: string): Promise<{ email: string }> {
  const [row] = await db
    .select({ email: users.email })
    .from(emailVerifications)
    .innerJoin(users, eq(users.id, emailVerifications.userId))
    .where(and(eq(emailVerifications.tokenHash, hashToken(token)), gt(emailVerifications.expiresAt, new Date())));
  if (!row) throw invalidLink();
  return row;
}

/**
 * Confirms an address. The link alone is not enough: it takes the password chosen at sign-up, so a
 * person who receives a stranger's sign-up email cannot confirm an account someone else controls.
 */
export async function confirmEmail(db: Db, input: { token: string; password: string }): Promise<{ email: string }> {
  const [row] = await db
    .select({ userId: users.id, email: users.email, passwordHash: users.passwordHash })
    .from(emailVerifications)
    .innerJoin(users, eq(users.id, emailVerifications.userId))
    .where(and(eq(emailVerifications.tokenHash, hashToken(input.token)), gt(emailVerifications.expiresAt, new Date())));
  if (!row) throw invalidLink();
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, input.password))) {
    throw new AppError("INVALID", "That is not the password this account was created with.");
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ emailVerified: new Date() }).where(eq(users.id, row.userId));
    await tx.delete(emailVerifications).where(eq(emailVerifications.userId, row.userId));
  });
  return { email: row.email };
}

/** Drops links past their expiry (the maintenance job). */
export async function deleteExpiredVerifications(db: DbOrTx, now = new Date()): Promise<void> {
  await db.delete(emailVerifications).where(lt(emailVerifications.expiresAt, now));
}
