import { z } from "zod";

// VIEW_FLUSH_INTERVAL_MS (README "Configuration"): how often each instance writes its buffered
// views. Parsed here rather than in lib/env.ts so the view pipeline owns its one setting.
const schema = z.object({
  VIEW_FLUSH_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
});

export interface ViewConfig {
  flushIntervalMs: number;
}

/** The view pipeline's settings; throws naming the variable when it is invalid. */
export function viewConfig(source: Record<string, string | undefined> = process.env): ViewConfig {
  const parsed = schema.safeParse({ VIEW_FLUSH_INTERVAL_MS: source.VIEW_FLUSH_INTERVAL_MS || undefined });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${fields}`);
  }
  return { flushIntervalMs: parsed.data.VIEW_FLUSH_INTERVAL_MS };
}
