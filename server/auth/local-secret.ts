import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/env";

let cached: string | undefined;

/**
 * AUTH_SECRET when set; otherwise a random secret generated once and kept in DATA_DIR, so the
 * embedded default needs no configuration and sessions survive restarts. There is no default secret.
 */
export function resolveAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (cached) return cached;
  const file = path.resolve(env.DATA_DIR, "auth-secret");
  if (existsSync(file)) {
    cached = readFileSync(file, "utf8").trim();
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    cached = randomBytes(32).toString("base64url");
    writeFileSync(file, cached, { mode: 0o600 });
    console.info(`[auth] No AUTH_SECRET set: generated a local one and saved it to ${file}. Set AUTH_SECRET when running more than one server.`);
  }
  return cached;
}
