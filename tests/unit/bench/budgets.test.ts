import { describe, expect, it } from "vitest";
import { evaluateBudgets, type ScenarioResult, type SizeResult } from "@/scripts/bench/budgets";
import type { LoadFigures } from "@/scripts/bench/load";
import type { ScenarioKey } from "@/scripts/bench/scenarios";

// The page benchmark's verdicts (scripts/bench/budgets.ts): a budget table that said ✓ for a
// missed budget would hide exactly the regressions the benchmark exists to catch.

function figures(overrides: Partial<LoadFigures> = {}): LoadFigures {
  return {
    requests: 10_000,
    seconds: 10,
    reqPerSec: 1000,
    p50: 8,
    p95: 15,
    p99: 20,
    errors: 0,
    non2xx: 0,
    statusCodes: { "200": 10_000 },
    distinctPaths: 1,
    wrapped: false,
    ...overrides,
  };
}

function scenario(key: ScenarioKey, cached: boolean, overrides: Partial<LoadFigures> = {}): ScenarioResult {
  return { ...figures(overrides), key, name: key, cached };
}

function size(n: number, scenarios: ScenarioResult[], ceilingReqPerSec = 5000): SizeResult {
  return { size: n, ceiling: figures({ reqPerSec: ceilingReqPerSec, p99: 3 }), scenarios };
}

const healthy = () => [
  scenario("home", true),
  scenario("zone-1", true),
  scenario("zone-deep", false),
  scenario("articles-1", false),
  scenario("articles-deep", false),
  scenario("search", false, { reqPerSec: 100, p99: 300 }),
];

const failed = (checks: ReturnType<typeof evaluateBudgets>) =>
  checks
    .filter((check) => !check.ok)
    .map((check) => `${check.size ?? "all"} ${check.scenario}: ${check.budget}`);

describe("page benchmark budgets", () => {
  it("passes a run that meets every budget", () => {
    const checks = evaluateBudgets([size(10_000, healthy()), size(100_000, healthy())]);
    expect(failed(checks)).toEqual([]);
    // Both cached pages get the throughput and p99 checks; search (not cached) does not.
    expect(checks.filter((c) => c.scenario === "home").map((c) => c.budget)).toEqual([
      "req/s ≥ 1/10 of ceiling (500)",
      "p99 ≤ 50 ms",
      "p99 at 100000 ≤ 1.2 × p99 at 10000",
    ]);
  });

  it("fails a cached page below a tenth of the ceiling or slower than 50 ms at p99", () => {
    const large = healthy();
    large[0] = scenario("home", true, { reqPerSec: 499 });
    large[1] = scenario("zone-1", true, { p99: 51 });
    const checks = evaluateBudgets([size(100_000, large)]);
    expect(failed(checks)).toEqual([
      "100000 home: req/s ≥ 1/10 of ceiling (500)",
      "100000 zone-1: p99 ≤ 50 ms",
    ]);
  });

  it("applies throughput budgets to the largest size only", () => {
    const small = healthy();
    small[0] = scenario("home", true, { reqPerSec: 10, p99: 20 });
    const checks = evaluateBudgets([size(10_000, small), size(100_000, healthy())]);
    expect(failed(checks)).toEqual([]);
  });

  it("fails a deep page costing more than twice its first page, at p50 or p99", () => {
    const large = healthy();
    large[2] = scenario("zone-deep", false, { p50: 17 });
    large[4] = scenario("articles-deep", false, { p99: 41 });
    expect(failed(evaluateBudgets([size(100_000, large)]))).toEqual([
      "100000 zone-deep: p50 and p99 ≤ 2 × zone-1",
      "100000 articles-deep: p50 and p99 ≤ 2 × articles-1",
    ]);
  });

  it("fails a scenario whose p99 grows more than 1.2× from the small to the large database", () => {
    const large = healthy();
    large[5] = scenario("search", false, { reqPerSec: 100, p99: 361 });
    expect(failed(evaluateBudgets([size(10_000, healthy()), size(100_000, large)]))).toEqual([
      "all search: p99 at 100000 ≤ 1.2 × p99 at 10000",
    ]);
  });

  it("counts connection errors and non-2xx responses of any size, naming the scenario", () => {
    const small = healthy();
    small[5] = scenario("search", false, {
      reqPerSec: 100,
      p99: 300,
      non2xx: 3,
      statusCodes: { "200": 9997, "429": 3 },
    });
    const large = healthy();
    large[3] = scenario("articles-1", false, { errors: 2 });
    const checks = evaluateBudgets([size(10_000, small), size(100_000, large)]);
    expect(failed(checks)).toEqual([
      "10000 every scenario: no errors or non-2xx responses",
      "100000 every scenario: no errors or non-2xx responses",
    ]);
    expect(checks.find((c) => c.size === 10_000 && !c.ok)?.actual).toBe('search: 3 ({"200":9997,"429":3})');
  });
});
