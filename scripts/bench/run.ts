/**
 * `npm run bench [-- --articles 10000,100000] [--duration 10] [--skip-build] [--keep-database]`
 *
 * The page benchmark (issue 9): for each size, a fresh database `zp_bench_<size>` on
 * DATABASE_URL's server (default the machine's PostgreSQL), migrated, seeded, VACUUM ANALYZE'd;
 * a production build into .next-bench-<size> against it; `next start` pinned to core 0; every
 * scenario (scenarios.ts) warmed, then loaded by autocannon from core 1 at c=10 for a fixed
 * duration; and in the same run a bare Node server with the cached article's bytes as the
 * ceiling. Writes bench/results/<date>.json and .md and prints the table with the budgets.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startBenchApp } from "./bench-app";
import { evaluateBudgets, type ScenarioResult } from "./budgets";
import { measureCeiling, measureScenario, type LoadSettings } from "./measure";
import { canPin, pinningNote } from "./pinning";
import { describeMachine, loadAverage, renderMarkdown, type BenchReport, type SizeReport } from "./report";
import { planScenarios } from "./scenarios";
import { stopAll } from "./servers";

const root = new URL("../..", import.meta.url).pathname;
const log = (line: string) => console.log(`[bench] ${line}`);
const CONNECTIONS = 10;
const WARM_SECONDS = 2;
const APP_PORT = Number(process.env.BENCH_PORT ?? 3471);

const USAGE = `Usage: npm run bench -- [--articles 10000,100000] [--duration 10] [--skip-build] [--keep-database]
  --articles N,M     sizes to seed and measure, each a whole number from 100 to 1000000 (default 10000,100000)
  --duration S       seconds of load per scenario, 1 to 600 (default 10)
  --skip-build       reuse .next-bench-<size> when it holds a build (for iterating on the harness)
  --keep-database    reuse zp_bench_<size> when it is already seeded instead of making it again`;

interface Options {
  sizes: number[];
  duration: number;
  skipBuild: boolean;
  keepDatabase: boolean;
}

function parseOptions(): Options | null {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "10000,100000" },
      duration: { type: "string", default: "10" },
      "skip-build": { type: "boolean", default: false },
      "keep-database": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return null;
  const sizes = values.articles.split(",").map((part) => {
    const size = Number(part.trim());
    if (!Number.isInteger(size) || size < 100 || size > 1_000_000)
      throw new UsageError(`--articles: "${part}" is not a whole number from 100 to 1000000`);
    return size;
  });
  const duration = Number(values.duration);
  if (!Number.isInteger(duration) || duration < 1 || duration > 600)
    throw new UsageError(`--duration: "${values.duration}" is not a whole number of seconds from 1 to 600`);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    duration,
    skipBuild: values["skip-build"],
    keepDatabase: values["keep-database"],
  };
}

class UsageError extends Error {}

async function benchSize(size: number, options: Options, settings: LoadSettings): Promise<SizeReport> {
  const loadBefore = loadAverage();
  log(`--- ${size} articles ---`);
  const app = await startBenchApp({
    size,
    port: APP_PORT,
    skipBuild: options.skipBuild,
    keepDatabase: options.keepDatabase,
    log,
  });
  const { targets } = app;
  const scenarios: ScenarioResult[] = [];
  const cacheHeaders: Record<string, string> = {};
  const firstRequestMs: Record<string, number> = {};
  try {
    for (const scenario of planScenarios(targets)) {
      log(`${scenario.name}…`);
      const measured = await measureScenario(app.origin, scenario, settings);
      const { key, name, cached, note } = scenario;
      scenarios.push({ ...measured.figures, key, name, cached, note });
      cacheHeaders[key] = measured.cacheHeader;
      firstRequestMs[key] = measured.firstMs;
      log(`  ${measured.figures.reqPerSec.toFixed(0)} req/s, p99 ${measured.figures.p99.toFixed(1)} ms`);
    }
    log("bare Node ceiling…");
    const ceiling = await measureCeiling(
      app.origin,
      `/articles/${targets.cachedArticle}`,
      APP_PORT + 1,
      settings,
    );
    log(`  ${ceiling.reqPerSec.toFixed(0)} req/s`);
    return {
      size,
      publishedArticles: targets.publishedArticles,
      ceiling,
      scenarios,
      loadBefore,
      loadAfter: loadAverage(),
      cacheHeaders,
      firstRequestMs,
    };
  } finally {
    await app.stop();
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (!options) return void console.log(USAGE);
  // The bench server's session key, also what the invalidation scenario signs its requests with.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  if (!canPin()) log("taskset is not available (or there is one core): processes run unpinned");
  const settings: LoadSettings = {
    duration: options.duration,
    connections: CONNECTIONS,
    warmSeconds: WARM_SECONDS,
  };
  const started = new Date();
  const sizes: SizeReport[] = [];
  for (const size of options.sizes) sizes.push(await benchSize(size, options, settings));

  const report: BenchReport = {
    date: started.toISOString(),
    machine: describeMachine(pinningNote()),
    durationSeconds: options.duration,
    connections: CONNECTIONS,
    sizes,
    budgets: evaluateBudgets(sizes),
  };
  const markdown = renderMarkdown(report);
  const dir = join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const stem = join(
    dir,
    started
      .toISOString()
      .replace(/:/g, "-")
      .replace(/\.\d+Z$/, "Z"),
  );
  writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${stem}.md`, markdown);
  console.log(`\n${markdown}`);
  log(`written ${stem}.json and .md (${Math.round((Date.now() - started.getTime()) / 60_000)} min)`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping the servers`);
    void stopAll().then(() => process.exit(130));
  });
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    console.error(`[bench] ${error instanceof UsageError ? `${error.message}\n${USAGE}` : error}`);
    await stopAll();
    process.exit(1);
  },
);
