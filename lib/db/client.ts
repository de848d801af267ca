import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { databaseUrl, env } from "@/lib/env";

// One Prisma client per process: a globalThis singleton survives Next's dev reloads and is
// shared by the separately bundled instrumentation (view flushes) and route code in production,
// which would otherwise open a pool each.
// Only files in lib/db import it (ESLint enforces this).
const globalForPrisma = globalThis as unknown as { zonepressPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl(), max: env().DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = (globalForPrisma.zonepressPrisma ??= createClient());
