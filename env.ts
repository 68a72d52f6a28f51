import { z } from "zod";

/**
 * Every setting the app reads, validated once. Each has a working default for the embedded mode,
 * so the app starts with no variables at all. The README's configuration table mirrors this list.
 */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((value) => value === "1" || value === "true");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * Public base URL of the app: emailed links, sign-in redirects (Auth.js) and the Origin that
   * state-changing requests must come from. Unset: the address the request came to.
   */
  APP_URL: z.url().optional(),
  /**
   * How many proxies of yours stand in front of the app and append to X-Forwarded-For. 0 (default):
   * rate limits key on the connecting socket's address and ignore what clients claim.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Who may create an account: `invite` (default: the first person, then only people holding an
   * invitation), `open` (anyone), or `domains:example.com,example.org` (addresses at those domains).
   */
  SIGNUP: z
    .string()
    .trim()
    .default("invite")
    .pipe(z.union([z.literal("open"), z.literal("invite"), z.string().regex(/^domains:[a-z0-9.-]+(,[a-z0-9.-]+)*$/i, "use open, invite or domains:example.com,example.org")])),

  /** Postgres connection string. Unset: embedded PGlite under DATA_DIR. */
  DATABASE_URL: optionalText,
  /** Force a driver: `pglite`, `pg` (node-postgres) or `neon`. Inferred from DATABASE_URL when unset. */
  DB_DRIVER: z.enum(["pglite", "pg", "neon"]).optional(),
  /**
   * Connections each server process keeps to Postgres or Neon. A chat turn holds one for a few
   * milliseconds at a time, so ten serve dozens of concurrent visitors; raise it when the database
   * is far away (each query then holds its connection longer), keep it under the server's limit
   * divided by the number of app processes. Not used by the embedded database.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** Folder for the embedded database and the generated local secret. */
  DATA_DIR: z.string().default(".data"),

  /** Secret that signs sessions. Unset on the embedded default: generated once and kept in DATA_DIR. */
  AUTH_SECRET: optionalText,
  /** Key that encrypts stored secrets (webhook URLs, API keys). Unset: derived from AUTH_SECRET (or the local one). */
  SECRETS_KEY: optionalText,
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  AUTH_GOOGLE_ID: optionalText,
  AUTH_GOOGLE_SECRET: optionalText,

  /** SMTP server for magic links and invitation emails, e.g. smtp://user:pass@mail.example.com:587. */
  SMTP_URL: optionalText,
  EMAIL_FROM: z.string().default("Closer <no-reply@localhost>"),

  /** Inngest Cloud event key. With it (or INNGEST_DEV) jobs go to Inngest; without, they run in-process. */
  INNGEST_EVENT_KEY: optionalText,
  INNGEST_SIGNING_KEY: optionalText,
  /** `1` (or a dev-server URL) sends jobs to a local Inngest dev server. */
  INNGEST_DEV: optionalText,
  /** Turn off the in-process cron scheduler (e.g. on extra replicas). */
  DISABLE_SCHEDULER: flag,

  /** OpenAI: enables OpenAI models, embeddings and transcription. OPENAI_BASE_URL points at a proxy. */
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText,
  /** Any OpenAI-compatible server (Ollama, vLLM, LM Studio), e.g. http://127.0.0.1:11434/v1. */
  OPENAI_COMPATIBLE_BASE_URL: optionalText,
  OPENAI_COMPATIBLE_API_KEY: optionalText,
  /** Chat models offered to agents, comma-separated, per provider. OpenAI needs OPENAI_API_KEY. */
  OPENAI_CHAT_MODELS: z.string().default("gpt-4o-mini,gpt-4o"),
  ANTHROPIC_API_KEY: optionalText,
  ANTHROPIC_CHAT_MODELS: z.string().default("claude-3-5-haiku-latest,claude-sonnet-4-0"),
  /** Models served by OPENAI_COMPATIBLE_BASE_URL, e.g. `llama3.1,qwen2.5`. */
  OPENAI_COMPATIBLE_CHAT_MODELS: z.string().default(""),
  /** Embeddings: `local` (the offline default), `openai` or `openai-compatible`. Unset: openai when OPENAI_API_KEY is set. */
  EMBEDDING_PROVIDER: z.enum(["local", "openai", "openai-compatible"]).optional(),
  /** Embedding model id, e.g. text-embedding-3-small or nomic-embed-text. */
  EMBEDDING_MODEL: optionalText,
  /** Vector size to request or expect; asked of the model when unset. */
  EMBEDDING_DIMENSIONS: z.coerce.number().int().min(8).max(2000).optional(),
  /** Speech-to-text model for video and audio files (OpenAI or OpenAI-compatible), e.g. whisper-1. */
  TRANSCRIPTION_MODEL: optionalText,
  /** Largest file accepted as a knowledge source, in megabytes. */
  MAX_UPLOAD_MB: z.coerce.number().min(1).max(1024).default(50),

  /** Per-workspace quotas (0 = no limit): pages kept from crawled sites, stored file megabytes, invitations a day. */
  QUOTA_CRAWL_PAGES: z.coerce.number().int().min(0).default(5_000),
  QUOTA_STORAGE_MB: z.coerce.number().int().min(0).default(1_024),
  QUOTA_INVITATIONS_PER_DAY: z.coerce.number().int().min(0).default(50),
  /** Accounts one client address may create per hour (an office behind one address inviting its team needs some room). */
  SIGNUP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** Model tokens (prompt + reply) each workspace's agents may spend in a rolling day; 0 = no limit. */
  WORKSPACE_DAILY_TOKENS: z.coerce.number().int().min(0).default(2_000_000),

  /**
   * Outbound requests to user-supplied URLs never reach private, loopback or link-local addresses,
   * except hosts listed here (comma-separated `host`, `host:port` or CIDR), e.g. `127.0.0.1:8765`.
   */
  OUTBOUND_ALLOWLIST: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);
