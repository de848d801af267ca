import { connection } from "next/server";
import { pingDatabase } from "@/lib/db/health";
import { env } from "@/lib/env";
import { buildReadinessReport } from "@/lib/health";
import { logger } from "@/lib/logger";
import { pingRedis } from "@/lib/redis-ping";

// Readiness (docs/operations.md "Probes"): 200 when PostgreSQL answers a query and, when
// REDIS_URL is set, Redis answers PING; 503 naming the failed check otherwise. A load balancer
// sends traffic only to ready instances; /api/health stays the liveness probe.
export async function GET() {
  await connection(); // never prerendered or cached
  const redisUrl = env().REDIS_URL;
  const report = await buildReadinessReport({
    database: pingDatabase,
    ...(redisUrl ? { redis: () => pingRedis(redisUrl) } : {}),
  });
  if (report.httpStatus !== 200) logger.warn({ checks: report.body.checks }, "readiness check failed");
  return Response.json(report.body, { status: report.httpStatus, headers: { "Cache-Control": "no-store" } });
}
