import { describe, expect, inject, it } from "vitest";

// The test harness itself (vitest.config.ts, tests/setup): if these break, date bugs and
// database mix-ups would go unnoticed everywhere else.

describe("test harness", () => {
  it("runs in a non-UTC time zone", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/Sao_Paulo");
    // 2024-01-15 is outside any DST period in São Paulo: UTC−3.
    expect(new Date("2024-01-15T12:00:00Z").getTimezoneOffset()).toBe(180);
  });

  it("lets lib/ code import server-only", async () => {
    await expect(import("server-only")).resolves.toBeDefined();
  });

  it("points DATABASE_URL at this run's own database", () => {
    const url = new URL(process.env.DATABASE_URL ?? "");
    expect(url.pathname).toBe(`/${inject("databasePrefix")}`);
    expect(inject("databasePrefix")).toMatch(/^zp_test_[0-9a-f]{12}$/);
  });
});
