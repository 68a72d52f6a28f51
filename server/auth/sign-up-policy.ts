import { createHash } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { invitations } from "@/db/schema";
import { env } from "@/env";
import { AppError } from "../errors";

export type SignUpPolicy = { kind: "open" } | { kind: "invite" } | { kind: "domains"; domains: string[] };

export function parseSignUpPolicy(value: string): SignUpPolicy {
  if (value === "open") return { kind: "open" };
  if (value.startsWith("domains:")) return { kind: "domains", domains: value.slice("domains:".length).split(",").map((domain) => domain.trim().toLowerCase()).filter(Boolean) };
  return { kind: "invite" };
}

export const signUpPolicy = (): SignUpPolicy => parseSignUpPolicy(env.SIGNUP);

/** The invitation in a sign-up's return address (`/invite/<token>`), if any. */
export function invitationTokenFrom(callbackUrl: string | undefined): string | null {
  return /^\/invite\/([\w-]{20,200})$/.exec(callbackUrl ?? "")?.[1] ?? null;
}

async function holdsInvitation(db: DbOrTx, token: string | null, email: string): Promise<boolean> {
  if (!token) return false;
  const [invitation] = await db
    .select({ email: invitations.email })
    .from(invitations)
    .where(
      and(
        eq(invitations.tokenHash, createHash("sha256").update(token).digest("hex")),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        isNull(invitations.expiredAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  return Boolean(invitation) && (!invitation!.email || invitation!.email === email);
}

/**
 * Whether this server lets this person create an account (the first person always may: see
 * `signUp`). The refusal says what would let them in, and nothing about who already has an account.
 */
export async function assertSignUpAllowed(db: DbOrTx, policy: SignUpPolicy, input: { email: string; invitationToken: string | null }): Promise<void> {
  if (policy.kind === "open") return;
  if (await holdsInvitation(db, input.invitationToken, input.email)) return;
  if (policy.kind === "domains") {
    const domain = input.email.split("@").pop() ?? "";
    if (policy.domains.includes(domain)) return;
    throw new AppError("FORBIDDEN", `This server accepts sign-ups from ${policy.domains.map((d) => `@${d}`).join(", ")} addresses, or with an invitation.`);
  }
  throw new AppError("FORBIDDEN", "This server is invitation-only. Ask an admin of your workspace for an invitation link.");
}
