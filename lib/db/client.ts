import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { databaseUrl, env } from "@/lib/env";

// One Prisma client per process: a globalThis singleton survives Next's dev reloads and is
// shared by the separately bundled instrumentation (view flushes) and route code in production,
// which would otherwise open a pool each.
// Only files in lib/db import it (ESLint enforces this).
const globalForPrisma = globalThis as unknown as { zonepressPrisma?: PrismaClient };

/**
 * Waiting for a connection is bounded: when the server is restarting or unreachable (or every
 * connection is busy), a request fails within this time and is answered 503 (lib/http/
 * unavailable.ts) instead of hanging. Dead connections are dropped by the pool itself: the
 * adapter listens for the pool's "error" event (an idle client losing its server), so that
 * event cannot end the process, and the next query opens a fresh connection.
 */
const CONNECTION_TIMEOUT_MS = 10_000;

/** pg_stat_activity's application_name of the app's pool; other pools use `zonepress-<part>`. */
export const APPLICATION_NAME = "zonepress";

function createClient(): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl(),
    max: env().DATABASE_POOL_SIZE,
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    // A server that vanished without closing the socket is noticed by TCP keepalive.
    keepAlive: true,
    // Names our connections in pg_stat_activity (operators; the shutdown test checks none is left).
    application_name: APPLICATION_NAME,
  });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = (globalForPrisma.zonepressPrisma ??= createClient());
