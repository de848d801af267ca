import { z } from "zod";
// Relative, not "@/": next.config.ts imports this file, and its loader knows no path aliases.
import { rateLimitsSchema } from "./rate-limit/overrides";

// Environment, parsed once. Every variable is documented in README "Configuration".
// DATABASE_URL is filled in by scripts/dev.ts and scripts/start.ts when they start the
// embedded database, so at run time the app always has it.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  /** Comma-separated PostgreSQL read replicas for public reads (lib/db/client.ts readDb). */
  DATABASE_REPLICA_URLS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url({ error: "must be a comma-separated list of postgresql:// URLs" }))),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SITE_URL: z.string().url().default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).default("Zonepress"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Encrypts session cookies; `npm start` creates one in .data/ when unset. */
  AUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  GITHUB_CLIENT_ID: z.string().min(1).optional(),
  GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  /** Rate limits live in Redis when set (shared by every instance), in PostgreSQL otherwise. */
  REDIS_URL: z.string().url().optional(),
  /** Per-limit overrides, `name=points/seconds,...` (lib/rate-limit/overrides.ts); e.g. for test runs. */
  RATE_LIMITS: rateLimitsSchema,
  /** How many reverse proxies append to X-Forwarded-For in front of the app (for client IPs). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  /** Where uploaded files (avatars) are kept; relative paths are from the project root. */
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  /**
   * Uploads on S3-compatible object storage (shared by every instance) when S3_BUCKET is set;
   * on local disk (UPLOAD_DIR) otherwise. S3_ENDPOINT is for stores other than AWS (MinIO,
   * Ceph, R2…), which usually also need S3_FORCE_PATH_STYLE=true.
   */
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"], { error: "must be true or false" }).default("false"),
  /** `inline`: every app process also runs the job workers; `off`: it only enqueues jobs. */
  WORKERS: z.enum(["inline", "off"], { error: "must be inline or off" }).default("inline"),
  /** Outgoing mail server (smtp:// or smtps://); unset → messages are captured in the outbox. */
  SMTP_URL: z
    .string()
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), { error: "must start with smtp:// or smtps://" })
    .optional(),
  /** The From of every email, e.g. `Zonepress <no-reply@example.com>`. */
  EMAIL_FROM: z
    .string()
    .regex(/^[^\r\n]*@[^\r\n]+$/, { error: "must be an address, e.g. Zonepress <no-reply@example.com>" })
    .default("Zonepress <no-reply@localhost>"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${fields}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** The database URL, or a clear error naming the variable when it is missing. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set (npm run dev / npm start set it for the embedded database)");
  return url;
}
