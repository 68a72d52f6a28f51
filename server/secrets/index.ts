import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/env";
import { resolveAuthSecret } from "@/server/auth";

/**
 * Secrets stored in the database (webhook URLs, API keys, signing secrets) are sealed with
 * AES-256-GCM. The key comes from SECRETS_KEY, or is derived from the auth secret so the embedded
 * default needs no configuration. Sealed values carry a version so the scheme can change later.
 */
const VERSION = "v1";

function key(): Buffer {
  const material = env.SECRETS_KEY ?? resolveAuthSecret();
  return Buffer.from(hkdfSync("sha256", material, "closer-secrets", "stored secrets v1", 32));
}

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(":");
}

export class SecretUnreadableError extends Error {
  constructor() {
    super("A stored secret cannot be decrypted: SECRETS_KEY (or AUTH_SECRET) changed since it was saved. Enter it again.");
  }
}

export function openSecret(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(":");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new SecretUnreadableError();
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretUnreadableError();
  }
}

/** What the browser may see of a secret: enough to recognise it, never enough to use it. */
export function maskSecret(plain: string): string {
  try {
    const url = new URL(plain);
    if (url.protocol === "https:" || url.protocol === "http:") return `${url.protocol}//${url.host}/••••`;
  } catch {
    // not a URL: fall through to the tail mask
  }
  return plain.length <= 8 ? "••••" : `••••${plain.slice(-4)}`;
}
