import { and, eq } from "drizzle-orm";
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
  const secret = newSecret();
  await scope.db.update(agents).set({ identitySecret: secret }).where(where);
  return secret;
}

/**
 * A visitor identity the company's server vouches for: an HS256 JWT signed with the agent's key,
 * with `sub` (the company's user id), an expiry, and optionally `email` and `name`. Anything else
 * (bad signature, no expiry, expired, no key) is treated as an anonymous visitor.
 */
export async function verifyVisitorIdentity(db: DbOrTx, agentId: string, token: string): Promise<VisitorIdentity | null> {
  const [row] = await db.select({ secret: agents.identitySecret }).from(agents).where(eq(agents.id, agentId));
  if (!row?.secret) return null;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(row.secret), { algorithms: ["HS256"], requiredClaims: ["sub", "exp"] });
    const text = (value: unknown) => (typeof value === "string" && value.length <= 320 ? value : undefined);
    return { id: String(payload.sub).slice(0, 256), email: text(payload.email), name: text(payload.name) };
  } catch {
    return null;
  }
}
