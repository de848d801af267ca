import { Pool } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { pingDatabase } from "@/lib/db/health";
import { buildHealthReport } from "@/lib/health";

describe("health report", () => {
  const deadPool = new Pool({ host: "127.0.0.1", port: 1, user: "postgres", connectionTimeoutMillis: 500 });
  afterAll(() => deadPool.end());

  it("is 200 ok when the database answers", async () => {
    const report = await buildHealthReport(pingDatabase);
    expect(report.httpStatus).toBe(200);
    expect(report.body).toMatchObject({ status: "ok", database: "ok" });
  });

  it("is 503 when the database refuses connections", async () => {
    const report = await buildHealthReport(() => deadPool.query("SELECT 1"));
    expect(report.httpStatus).toBe(503);
    expect(report.body).toMatchObject({ status: "error", database: "unreachable" });
  });

  it("is 503 within the timeout when the database hangs", async () => {
    const report = await buildHealthReport(() => new Promise(() => {}), 200);
    expect(report.httpStatus).toBe(503);
    expect(report.body.latencyMs).toBeLessThan(2000);
  });
});
