import { and, eq, isNull } from "drizzle-orm";
import { jwtVerify } from "jose";
import type { DbOrTx } from "@/db/client";
import { agents } from "@/db/schema";
import { AppError } from "../errors";
import type { WorkspaceScope } from "../workspaces";

export interface VisitorIdentity {
  id: string;
  email?: string;
  name?: string;
}

const newSecret = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

/** The agent's identity-verification key, created the first time an admin asks for it. */
export async function getIdentitySecret(scope: WorkspaceScope, agentId: string, options: { rotate?: boolean } = {}): Promise<string> {
  const where = and(eq(agents.id, agentId), eq(agents.workspaceId, scope.workspaceId));
  const [row] = await scope.db.select({ secret: agents.identitySecret }).from(agents).where(where);
  if (!row) throw new AppError("NOT_FOUND", "Agent not found.");
  if (row.secret && !options.rotate) return row.secret;
  if (options.rotate) {
    const secret = newSecret();
    await scope.db.update(agents).set({ identitySecret: secret }).where(where);
    return secret;
  }
  // Two admins opening the page at once must end up with the same key: only the first write lands.
  await scope.db.update(agents).set({ identitySecret: newSecret() }).where(and(where, isNull(agents.identitySecret)));
  const [created] = await scope.db.select({ secret: agents.identitySecret }).from(agents).where(where);
  return created!.secret!;
}

/** The longest an identity token may live: a leaked token stops working within a day. */
export const IDENTITY_TOKEN_MAX_LIFETIME_SEC = 24 * 60 * 60;

/**
 * A visitor identity the company's server vouches for: an HS256 JWT signed with the agent's key,
 * with `sub` (the company's user id), an `exp` at most IDENTITY_TOKEN_MAX_LIFETIME_SEC away, an
 * optional `aud` that must then be the agent's id, and optionally `email` and `name`. Anything else
 * (bad signature, no or too distant expiry, another audience, no key) is an anonymous visitor.
 */
export async function verifyVisitorIdentity(db: DbOrTx, agentId: string, token: string): Promise<VisitorIdentity | null> {
  const [row] = await db.select({ secret: agents.identitySecret }).from(agents).where(eq(agents.id, agentId));
  if (!row?.secret) return null;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(row.secret), { algorithms: ["HS256"], requiredClaims: ["sub", "exp"] });
    const now = Math.floor(Date.now() / 1000);
    if (payload.exp! - now > IDENTITY_TOKEN_MAX_LIFETIME_SEC) return null;
    if (typeof payload.iat === "number" && payload.exp! - payload.iat > IDENTITY_TOKEN_MAX_LIFETIME_SEC) return null;
    if (payload.aud !== undefined && !(Array.isArray(payload.aud) ? payload.aud : [payload.aud]).includes(agentId)) return null;
    const text = (value: unknown) => (typeof value === "string" && value.length <= 320 ? value : undefined);
    return { id: String(payload.sub).slice(0, 256), email: text(payload.email), name: text(payload.name) };
  } catch {
    return null;
  }
}
