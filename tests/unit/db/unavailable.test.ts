import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { withDatabaseRetry } from "@/lib/http/unavailable";

// The error shapes below are the ones Prisma 7 + @prisma/adapter-pg and node-postgres produced
// while PostgreSQL was stopped and started again (tests/faults/pg-restart.test.ts does it live).

const adapterError = (cause: Record<string, unknown>, code = "P2010") =>
  Object.assign(new Error("Invalid `prisma.$queryRaw()` invocation"), {
    code,
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("isDatabaseUnavailable", () => {
  it("recognises a server that is down, stopping, starting or out of connections", () => {
    const unreachable = adapterError(
      { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 },
      "P1001",
    );
    expect(isDatabaseUnavailable(unreachable)).toBe(true);
    expect(isDatabaseUnavailable(adapterError({ kind: "postgres", code: "57P01" }))).toBe(true); // admin shutdown
    expect(isDatabaseUnavailable(adapterError({ kind: "postgres", code: "57P03" }, "P2039"))).toBe(true); // shutting down
    expect(isDatabaseUnavailable(adapterError({ kind: "TooManyConnections" }))).toBe(true);
    expect(
      isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable")),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(new Error("wrapped", { cause: new Error("Connection terminated unexpectedly") })),
    ).toBe(true);
  });

  it("leaves bugs and bad data alone, so they stay 500s", () => {
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(adapterError({ kind: "UniqueConstraintViolation" }, "P2002"))).toBe(false);
    expect(isDatabaseUnavailable(adapterError({ kind: "postgres", code: "42P01" }))).toBe(false); // no such table
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("P1001")).toBe(false);
  });
});

describe("withDatabaseRetry", () => {
  const request = new Request("http://localhost:3000/api/drafts/1", { method: "PUT" });

  it("answers an outage with a 503 problem that says nothing was saved and when to retry", async () => {
    const handler = withDatabaseRetry(async (_request: Request) => {
      throw adapterError({ kind: "DatabaseNotReachable" }, "P1001");
    });
    const response = await handler(request);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { code: string; detail: string };
    expect(body.code).toBe("unavailable");
    expect(body.detail).toMatch(/nothing was saved/);
    expect(JSON.stringify(body)).not.toMatch(/prisma|127\.0\.0\.1|at /i);
  });

  it("passes answers through and rethrows other errors", async () => {
    const ok = withDatabaseRetry(async (_request: Request) => new Response("fine", { status: 201 }));
    expect((await ok(request)).status).toBe(201);
    const bug = withDatabaseRetry(async (_request: Request): Promise<Response> => {
      throw new TypeError("a bug");
    });
    await expect(bug(request)).rejects.toThrow("a bug");
  });
});
