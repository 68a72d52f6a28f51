import { limits, type Limits } from "../rate-limits";

const MAX_LOCKOUT_SEC = 24 * 60 * 60;

/** The wait after an account's n-th lockout of the day: one minute, doubling each time, at most a day. */
export function lockoutSeconds(lockouts: number): number {
  return Math.min(60 * 2 ** Math.max(0, lockouts - 1), MAX_LOCKOUT_SEC);
}

/** Throws RATE_LIMITED while the address or the account is refused. Counts nothing. */
export async function assertSignInAllowed(store: Limits, address: string, email: string): Promise<void> {
  await store.check(limits.signInFailuresPerAddress, address);
  await store.check(limits.signInFailuresPerAccount, email);
}

/**
 * A wrong password: counted against the address (whoever it guessed for) and against the account
 * (from wherever it came), so neither rotating addresses nor rotating accounts buys more guesses.
 * Each time an account runs out, it is locked for twice as long as the time before.
 */
export async function recordFailedSignIn(store: Limits, address: string, email: string): Promise<void> {
  await store.add(limits.signInFailuresPerAddress, address, 1);
  await store.add(limits.signInFailuresPerAccount, email, 1);
  if ((await store.used(limits.signInFailuresPerAccount, email)) < limits.signInFailuresPerAccount.points) return;
  await store.add(limits.signInLockoutsPerAccount, email, 1);
  await store.block(limits.signInFailuresPerAccount, email, lockoutSeconds(await store.used(limits.signInLockoutsPerAccount, email)));
}

export async function clearFailedSignIns(store: Limits, email: string): Promise<void> {
  await store.reset(limits.signInFailuresPerAccount, email);
}
