import "server-only";
import { closeDatabasePools } from "@/lib/db/close";
import { stopBoss } from "@/lib/jobs/boss";
import { registerShutdownStep } from "@/lib/shutdown";

// The shutdown steps every process has, whatever it runs (lib/shutdown.ts orders them): the
// pg-boss a process uses to enqueue jobs (also one a draining request started after the signal),
// then the Redis client, then the database pools, so pg_stat_activity shows none of ours after.

interface RedisHolder {
  /** The rate-limit store's client (lib/rate-limit/store.ts), when REDIS_URL is set. */
  zonepressRedis?: { status: string; quit(): Promise<unknown>; disconnect(): void };
}

async function closeRedis(): Promise<void> {
  const client = (globalThis as RedisHolder).zonepressRedis;
  if (!client || client.status === "end") return;
  // QUIT waits for replies to commands already sent; a client that is not connected just stops.
  if (client.status === "ready") await client.quit().catch(() => client.disconnect());
  else client.disconnect();
}

export function registerConnectionShutdown(): void {
  registerShutdownStep({ phase: "workers", name: "pg-boss", run: (timeoutMs) => stopBoss(timeoutMs - 500) });
  registerShutdownStep({ phase: "redis", name: "redis", run: closeRedis });
  registerShutdownStep({ phase: "database", name: "database pools", run: closeDatabasePools });
}
