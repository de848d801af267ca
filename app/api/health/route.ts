import { connection } from "next/server";
import { pingDatabase } from "@/lib/db/health";
import { buildHealthReport } from "@/lib/health";
import { logger } from "@/lib/logger";

// Liveness with a database round trip: 200 when the database answers, 503 when it does not.
export async function GET() {
  await connection(); // never prerendered or cached
  const report = await buildHealthReport(pingDatabase);
  if (report.httpStatus !== 200)
    logger.warn({ latencyMs: report.body.latencyMs }, "health check: database unreachable");
  return Response.json(report.body, { status: report.httpStatus, headers: { "Cache-Control": "no-store" } });
}
