import { expect, test } from "@playwright/test";

test("health endpoint answers with a database round trip", async ({ request }) => {
  const response = await request.get("/api/health");

  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
});

test("readiness endpoint checks the database and says Redis is not configured", async ({ request }) => {
  const response = await request.get("/api/ready");

  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({
    status: "ready",
    checks: { database: "ok", redis: "not configured" },
  });
});
