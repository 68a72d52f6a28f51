import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { limits, type Limits } from "../rate-limits";
import { sendAccountMail } from "./account-mail";
import { normaliseEmail } from "./accounts";
import { issueEmailVerification } from "./email-verification";
import { hashPassword } from "./password";
import { assertSignUpAllowed, signUpPolicy, type SignUpPolicy } from "./sign-up-policy";

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  /** From an invitation link (`/invite/<token>`), which lets a person in on an invitation-only server. */
  invitationToken?: string | null;
  /** Where to go once the address is confirmed (a same-site path). */
  next?: string;
}

export interface SignUpContext {
  /** The client's address, for the sign-up and email limits. */
  address: string;
  limits: Limits;
  /** Base of emailed links: APP_URL, or the address the request came to. */
  appUrl: string;
  policy?: SignUpPolicy;
}

/** `signed-in`: the first account of a fresh install, ready to use. `check-email`: everyone else, whatever happened. */
export type SignUpResult = { status: "ready" } | { status: "check-email" };

/**
 * Creates a password account. The first person on a fresh install owns it at once. Everyone else
 * gets the same answer whether or not the address already has an account, and the account stays
 * unusable until the emailed link is opened with the password: a password alone proves nothing
 * about an address, so nobody can pre-register someone else's.
 */
export async function signUp(db: Db, input: SignUpInput, context: SignUpContext): Promise<SignUpResult> {
  await context.limits.take(limits.signUpsPerAddress, context.address);
  const email = normaliseEmail(input.email);
  const name = input.name.trim() || null;
  // Hashed in every case, so the answer takes as long whether or not the address is known.
  const passwordHash = await hashPassword(input.password);
  if (await createFirstAccount(db, { name, email, passwordHash })) return { status: "ready" };

  await assertSignUpAllowed(db, context.policy ?? signUpPolicy(), { email, invitationToken: input.invitationToken ?? null });
  await context.limits.take(limits.authEmailsPerAddress, context.address);
  await context.limits.take(limits.authEmailsPerRecipient, email);

  const [existing] = await db.select({ id: users.id, emailVerified: users.emailVerified }).from(users).where(eq(users.email, email));
  if (existing?.emailVerified) {
    const link = new URL("/sign-in", context.appUrl).toString();
    await sendAccountMail({
      to: email,
      subject: "You already have a Closer account",
      link,
      text: `Someone (probably you) tried to create a Closer account with this address, which already has one. Sign in here: ${link}\n\nIf it was not you, you can ignore this email.`,
    });
    return { status: "check-email" };
  }
  const [user] = existing
    ? // The newest sign-up for an unconfirmed address takes it over; earlier links stop working.
      await db
        .update(users)
        .set({ name, passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, existing.id))
        .returning({ id: users.id, email: users.email })
    : await db.insert(users).values({ name, email, passwordHash }).onConflictDoNothing({ target: users.email }).returning({ id: users.id, email: users.email });
  if (user) await issueEmailVerification(db, user, context.appUrl, input.next);
  return { status: "check-email" };
}

/** The very first account, created verified under a lock so two simultaneous first sign-ups cannot both own the install. */
async function createFirstAccount(db: Db, values: { name: string | null; email: string; passwordHash: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('closer:first-account'))`);
    const [any] = await tx.select({ id: users.id }).from(users).limit(1);
    if (any) return false;
    await tx.insert(users).values({ ...values, emailVerified: new Date() });
    return true;
  });
}
