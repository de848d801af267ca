import "server-only";
import pg from "pg";
import { databaseUrl } from "@/lib/env";

// rate-limiter-flexible keeps its counters in a table it creates itself (DESIGN.md §3), in a
// schema of its own so it never mixes with the data model. It needs a plain `pg` pool; two
// connections are plenty for one upsert per attempt.

export const RATE_LIMIT_SCHEMA = "rate_limit";

const globalForPool = globalThis as unknown as { zonepressRateLimitPool?: Promise<pg.Pool> };

export function rateLimitPool(): Promise<pg.Pool> {
  globalForPool.zonepressRateLimitPool ??= (async () => {
    const pool = new pg.Pool({
      connectionString: databaseUrl(),
      max: 2,
      application_name: "zonepress-rate-limit",
    });
    // A dropped idle connection must not crash the process; the next query reconnects.
    pool.on("error", () => {});
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${RATE_LIMIT_SCHEMA}`).catch((error: { code?: string }) => {
      // Two instances creating it at once: the loser sees a duplicate, which is fine.
      if (error.code !== "23505" && error.code !== "42P06") throw error;
    });
    return pool;
  })().catch((error: unknown) => {
    globalForPool.zonepressRateLimitPool = undefined;
    throw error;
  });
  return globalForPool.zonepressRateLimitPool;
}
