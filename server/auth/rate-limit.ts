import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Failed sign-ins: 5 per address per person and 30 per address overall in 15 minutes, then a
 * 15-minute block. Kept in memory: the embedded default is one process, and a restart only resets
 * the counters, never lets a password through.
 */
const perAccount = new RateLimiterMemory({ keyPrefix: "signin-account", points: 5, duration: 900, blockDuration: 900 });
const perAddress = new RateLimiterMemory({ keyPrefix: "signin-ip", points: 30, duration: 900, blockDuration: 900 });
const signUps = new RateLimiterMemory({ keyPrefix: "signup-ip", points: 10, duration: 3600 });

export async function isSignInBlocked(ip: string, email: string): Promise<boolean> {
  const [account, address] = await Promise.all([perAccount.get(`${ip}|${email}`), perAddress.get(ip)]);
  return (account?.remainingPoints ?? 1) <= 0 || (address?.remainingPoints ?? 1) <= 0;
}

export async function recordFailedSignIn(ip: string, email: string): Promise<void> {
  await Promise.allSettled([perAccount.consume(`${ip}|${email}`), perAddress.consume(ip)]);
}

export async function clearFailedSignIns(ip: string, email: string): Promise<void> {
  await perAccount.delete(`${ip}|${email}`);
}

/** Returns false when this address has created too many accounts recently. */
export async function allowSignUp(ip: string): Promise<boolean> {
  try {
    await signUps.consume(ip);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
