// The page budgets of issue 9, checked against the figures of one run (ratios only ever
// between figures of the same run, so a loaded machine slows both sides alike):
//   - cached pages (home, category, zone page 1, article, RSS) at the largest size: at least
//     1/10 of the bare-Node ceiling's req/s, and p99 ≤ 50 ms;
//   - a deep page (page 500) costs at most twice its first page (p50 and p99);
//   - p99 at the largest size ≤ 1.2 × p99 at the smallest, for every scenario;
//   - no errors: connection errors, timeouts and non-2xx responses all count.
import type { LoadFigures } from "./load";
import { DEEP_PAIRS, type ScenarioKey } from "./scenarios";

export const BUDGETS = {
  ceilingShare: 1 / 10,
  cachedP99Ms: 50,
  deepFactor: 2,
  scalingFactor: 1.2,
} as const;

export interface ScenarioResult extends LoadFigures {
  key: ScenarioKey;
  name: string;
  cached: boolean;
  note?: string;
}

export interface SizeResult {
  size: number;
  ceiling: LoadFigures;
  scenarios: ScenarioResult[];
}

export interface BudgetCheck {
  size: number | null;
  scenario: string;
  budget: string;
  actual: string;
  ok: boolean;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function errorCount(figures: LoadFigures): number {
  return figures.errors + figures.non2xx;
}

export function evaluateBudgets(sizes: SizeResult[]): BudgetCheck[] {
  if (sizes.length === 0) return [];
  const ordered = [...sizes].sort((a, b) => a.size - b.size);
  const smallest = ordered[0]!;
  const largest = ordered.at(-1)!;
  const checks: BudgetCheck[] = [];

  for (const result of largest.scenarios.filter((s) => s.cached)) {
    const floor = largest.ceiling.reqPerSec * BUDGETS.ceilingShare;
    checks.push({
      size: largest.size,
      scenario: result.name,
      budget: `req/s ≥ 1/10 of ceiling (${floor.toFixed(0)})`,
      actual: `${result.reqPerSec.toFixed(0)} req/s`,
      ok: result.reqPerSec >= floor,
    });
    checks.push({
      size: largest.size,
      scenario: result.name,
      budget: `p99 ≤ ${BUDGETS.cachedP99Ms} ms`,
      actual: ms(result.p99),
      ok: result.p99 <= BUDGETS.cachedP99Ms,
    });
  }

  for (const [deepKey, firstKey] of DEEP_PAIRS) {
    const deep = largest.scenarios.find((s) => s.key === deepKey);
    const first = largest.scenarios.find((s) => s.key === firstKey);
    if (!deep || !first) continue;
    checks.push({
      size: largest.size,
      scenario: deep.name,
      budget: `p50 and p99 ≤ ${BUDGETS.deepFactor} × ${first.name}`,
      actual: `p50 ${ms(deep.p50)} vs ${ms(first.p50)}, p99 ${ms(deep.p99)} vs ${ms(first.p99)}`,
      ok: deep.p50 <= BUDGETS.deepFactor * first.p50 && deep.p99 <= BUDGETS.deepFactor * first.p99,
    });
  }

  if (largest !== smallest) {
    for (const result of largest.scenarios) {
      const base = smallest.scenarios.find((s) => s.key === result.key);
      if (!base) continue;
      checks.push({
        size: null,
        scenario: result.name,
        budget: `p99 at ${largest.size} ≤ ${BUDGETS.scalingFactor} × p99 at ${smallest.size}`,
        actual: `${ms(result.p99)} vs ${ms(base.p99)} (×${(result.p99 / base.p99).toFixed(2)})`,
        ok: result.p99 <= BUDGETS.scalingFactor * base.p99,
      });
    }
  }

  for (const size of ordered) {
    const failing = size.scenarios.filter((s) => errorCount(s) > 0);
    checks.push({
      size: size.size,
      scenario: "every scenario",
      budget: "no errors or non-2xx responses",
      actual: failing.length
        ? failing.map((s) => `${s.name}: ${errorCount(s)} (${JSON.stringify(s.statusCodes)})`).join("; ")
        : "none",
      ok: failing.length === 0,
    });
  }
  return checks;
}
