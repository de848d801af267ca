import "server-only";
import type pg from "pg";

// Closing this process's database pools at shutdown (lib/shutdown.ts, the last phase). Read from
// globalThis rather than imported: a pool that was never opened is not opened just to close it.

interface PoolHolders {
  zonepressPrisma?: { $disconnect(): Promise<void> };
  zonepressReplicas?: { $disconnect(): Promise<void> }[];
  zonepressRateLimitPool?: Promise<pg.Pool>;
}

/**
 * Ends the Prisma client's pool, the read replicas' pools and the rate-limit pool; later queries
 * would open new ones.
 */
export async function closeDatabasePools(): Promise<void> {
  const holder = globalThis as PoolHolders;
  const prisma = holder.zonepressPrisma;
  const rateLimit = holder.zonepressRateLimitPool;
  await Promise.all([
    prisma?.$disconnect(),
    ...(holder.zonepressReplicas ?? []).map((replica) => replica.$disconnect()),
    rateLimit?.then((pool) => pool.end()).catch(() => undefined), // a pool that never opened
  ]);
}
