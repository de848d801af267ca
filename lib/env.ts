import { z } from "zod";

// Environment, parsed once. Every variable is documented in README "Configuration".
// DATABASE_URL is filled in by scripts/dev.ts and scripts/start.ts when they start the
// embedded database, so at run time the app always has it.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SITE_URL: z.string().url().default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).default("Zonepress"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
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
