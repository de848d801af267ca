// Zonepress as the benchmarks run it: the database of one size (bench-database.ts), a
// production build of its own in .next-bench-<size> made against that database, and
// `next start` on the server core. Shared by the page benchmark and the Lighthouse run.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { prepareBenchDatabase, resolveTargets, type Targets } from "./bench-database";
import { buildApp, startApp } from "./servers";

const root = new URL("../..", import.meta.url).pathname;

export interface BenchAppOptions {
  size: number;
  port: number;
  /** Reuse .next-bench-<size> when it holds a build. */
  skipBuild: boolean;
  /** Reuse zp_bench_<size> when it is seeded. */
  keepDatabase: boolean;
  log: (line: string) => void;
}

export interface BenchApp {
  origin: string;
  targets: Targets;
  stop(): Promise<void>;
}

/** The server part of DATABASE_URL (its maintenance database), where bench databases are made. */
function databaseServer(): string {
  const url = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = "/postgres";
  return url.toString();
}

export async function startBenchApp(options: BenchAppOptions): Promise<BenchApp> {
  const { size, log } = options;
  const databaseUrl = await prepareBenchDatabase(databaseServer(), size, { keep: options.keepDatabase, log });
  const targets = await resolveTargets(databaseUrl);
  const distDir = `.next-bench-${size}`;
  const origin = `http://127.0.0.1:${options.port}`;
  // The caller sets AUTH_SECRET: the invalidation scenario signs its requests with it.
  if (!process.env.AUTH_SECRET) throw new Error("AUTH_SECRET must be set before the bench server starts");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    SITE_URL: origin,
    NEXTAUTH_URL: origin,
  };
  if (options.skipBuild && existsSync(join(root, distDir, "BUILD_ID"))) {
    log(`--skip-build: reusing ${distDir}`);
  } else {
    log(`building into ${distDir} against ${targets.publishedArticles} published articles…`);
    const started = Date.now();
    await buildApp(env);
    log(`build finished in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  const app = await startApp(env, options.port, `next-${size}`);
  log(`serving ${origin} (${distDir}, database zp_bench_${size})`);
  return { origin, targets, stop: app.stop };
}
