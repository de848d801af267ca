import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "./generated/client";
import { databaseUrl, env } from "@/lib/env";

// One Prisma client per process: a globalThis singleton survives Next's dev reloads and is
// shared by the separately bundled instrumentation (view flushes) and route code in production,
// which would otherwise open a pool each.
// Only files in lib/db import it (ESLint enforces this).
const globalForPrisma = globalThis as unknown as {
  zonepressPrisma?: PrismaClient;
  zonepressReadDb?: PrismaClient;
  /** The replicas' own clients, for lib/db/close.ts. */
  zonepressReplicas?: PrismaClient[];
};

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

function createClient(connectionString: string = databaseUrl()): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
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

/**
 * The client for public, read-only queries (listings, article pages, feeds, sitemaps, the public
 * API): with DATABASE_REPLICA_URLS set, every query of it (raw SQL too) goes to one of the read
 * replicas, picked at random per query by @prisma/extension-read-replicas; without, it is `db`.
 * Writes, transactions and member/editor reads stay on `db`, the primary, so they always see
 * their own writes. Replica lag and the page cache: docs/scaling.md "Read replicas".
 */
export const readDb: PrismaClient = (globalForPrisma.zonepressReadDb ??= createReadClient());

function createReadClient(): PrismaClient {
  const urls = env().DATABASE_REPLICA_URLS;
  if (urls.length === 0) return db;
  const replicas = (globalForPrisma.zonepressReplicas = urls.map((url) => createClient(url)));
  const extended = db.$extends(readReplicas({ replicas }));
  // $replica() routes everything, $queryRaw included, to a replica; the model API is the same.
  return extended.$replica() as unknown as PrismaClient;
}
