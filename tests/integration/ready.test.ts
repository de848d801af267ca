import { Pool } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { pingDatabase } from "@/lib/db/health";
import { buildReadinessReport } from "@/lib/health";
import { pingRedis } from "@/lib/redis-ping";

// /api/ready's report (lib/health.ts) against the real PostgreSQL and Redis of the machine, and against closed ports.
const REDIS = "redis://127.0.0.1:6379";
const CLOSED_REDIS = "redis://127.0.0.1:1";

describe("readiness", () => {
  const deadPool = new Pool({ host: "127.0.0.1", port: 1, user: "postgres", connectionTimeoutMillis: 500 });
  afterAll(() => deadPool.end());

  it("is ready with Redis not configured when REDIS_URL is unset", async () => {
    const report = await buildReadinessReport({ database: pingDatabase });
    expect(report).toEqual({
      httpStatus: 200,
      body: { status: "ready", checks: { database: "ok", redis: "not configured" } },
    });
  });

  it("is ready when PostgreSQL and Redis both answer", async () => {
    const report = await buildReadinessReport({ database: pingDatabase, redis: () => pingRedis(REDIS) });
    expect(report).toEqual({
      httpStatus: 200,
      body: { status: "ready", checks: { database: "ok", redis: "ok" } },
    });
  });

  it("is 503 naming Redis when Redis refuses connections", async () => {
    const report = await buildReadinessReport({
      database: pingDatabase,
      redis: () => pingRedis(CLOSED_REDIS),
    });
    expect(report).toEqual({
      httpStatus: 503,
      body: { status: "unavailable", checks: { database: "ok", redis: "unreachable" } },
    });
  });

  it("is 503 naming the database when PostgreSQL refuses connections", async () => {
    const report = await buildReadinessReport({
      database: () => deadPool.query("SELECT 1"),
      redis: () => pingRedis(REDIS),
    });
    expect(report).toEqual({
      httpStatus: 503,
      body: { status: "unavailable", checks: { database: "unreachable", redis: "ok" } },
    });
  });

  it("is 503 within the timeout when the database hangs, without error details", async () => {
    const started = performance.now();
    const report = await buildReadinessReport({ database: () => new Promise(() => {}) }, 300);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(JSON.stringify(report.body)).toBe(
      JSON.stringify({ status: "unavailable", checks: { database: "unreachable", redis: "not configured" } }),
    );
  });
});
