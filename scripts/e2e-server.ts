/**
 * The web server for the Playwright run (playwright.config.ts `webServer`): a database of its
 * own, migrated and seeded, a production build in .next-e2e, and `next start` on E2E_PORT.
 *
 *   TEST_DATABASE_URL   server to create the database on, e.g. postgresql://postgres@127.0.0.1/postgres;
 *                       unset → an embedded PostgreSQL in a fresh temp dir
 *   E2E_PORT            port for `next start` (default 3107)
 *   E2E_ARTICLES        articles to seed (default 800)
 *   E2E_SKIP_BUILD=1    reuse .next-e2e when it holds a build (fast local reruns)
 *   E2E_DIST_DIR        build directory (default .next-e2e)
 *
 * Playwright stops its web server by signalling the whole process group. An embedded Postgres
 * in that group would get the signal too and shut down under us, and the test database would
 * be left behind. So this script forks the real work into a process group of its own and turns
 * the signal into a "stop" message; the worker then stops Next, drops the database, stops
 * Postgres and removes the temp dir, in that order.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { nextBin } from "./lib/processes";

const WORKER_FLAG = "--worker";
const root = fileURLToPath(new URL("..", import.meta.url));
// E2E_DIST_DIR lets two e2e runs on one checkout build side by side.
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
const port = Number(process.env.E2E_PORT ?? 3107);
// Enough that the biggest zones have a second page (about 27 articles a zone on average).
const articles = Number(process.env.E2E_ARTICLES ?? 800);
// One per port, so two e2e runs on one checkout do not read each other's database.
const E2E_STATE_FILE = join(root, "test-results", `e2e-server-${port}.json`);

function log(message: string): void {
  console.log(`[e2e-server] ${message}`);
}

/** Forwards stop signals to the worker and exits with its exit code. */
function runLauncher(): void {
  // Same execArgv as ours, so the worker runs under tsx with the react-server condition too.
  const worker = fork(fileURLToPath(import.meta.url), [WORKER_FLAG], { detached: true, stdio: "inherit" });
  const requestStop = () => {
    if (worker.connected) worker.send("stop");
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, requestStop);
  worker.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// ---------------------------------------------------------------------------------------------
// Worker: everything below runs in its own process group.

const cleanups: { name: string; run: () => Promise<void> }[] = [];
let stopping: Promise<never> | undefined;

/** Undoes every step taken so far, newest first, then exits. Safe to call more than once. */
function stop(exitCode: number): Promise<never> {
  stopping ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await withTimeout(cleanup.run(), 15_000, cleanup.name);
      } catch (error) {
        console.error(`[e2e-server] cleanup "${cleanup.name}" failed:`, error);
        exitCode = exitCode || 1;
      }
    }
    process.exit(exitCode);
  })();
  return stopping;
}

async function runWorker(): Promise<void> {
  process.on("message", (message) => {
    if (message === "stop") void stop(0);
  });
  // The launcher is gone (e.g. Playwright killed hard): nobody will ever ask us to stop.
  process.on("disconnect", () => void stop(1));

  try {
    const { dropDatabase, ensureDatabase, startEmbeddedPostgres } = await import("../lib/db/embedded-server");
    const { migrateDatabase } = await import("../lib/db/migrate");
    const { seedDatabase } = await import("../prisma/seed/index");

    let serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      const dataDir = await mkdtemp(join(tmpdir(), "zp-e2e-"));
      cleanups.push({ name: "remove temp dir", run: () => rm(dataDir, { recursive: true, force: true }) });
      // Port 0: any free port, so a running `npm start` or another e2e run is no obstacle.
      const pg = await startEmbeddedPostgres({ dataDir, port: 0, log });
      cleanups.push({ name: "stop embedded Postgres", run: () => pg.stop() });
      serverUrl = pg.serverUrl;
    }

    const dbName = `zp_e2e_${randomBytes(6).toString("hex")}`;
    const databaseUrl = await ensureDatabase(serverUrl, dbName);
    const server = serverUrl;
    cleanups.push({ name: `drop database ${dbName}`, run: () => dropDatabase(server, dbName) });
    log(`database ${dbName} created`);

    // Specs that must arrange or check rows directly (e2e/support/database.ts) find the database here.
    await mkdir(join(root, "test-results"), { recursive: true });
    await writeFile(E2E_STATE_FILE, JSON.stringify({ databaseUrl }));
    cleanups.push({ name: "remove the e2e state file", run: () => rm(E2E_STATE_FILE, { force: true }) });
    await migrateDatabase(databaseUrl, { log });
    await seedDatabase(databaseUrl, { articles, log });

    const siteUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: siteUrl,
      NEXTAUTH_URL: siteUrl,
      // next-auth refuses to run in production without a secret; a throwaway one per run.
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("hex"),
      // The error-page tests' throwing routes (lib/http/fault-injection.ts).
      ZP_FAULT_INJECTION: "1",
    };

    if (process.env.E2E_SKIP_BUILD === "1" && existsSync(join(root, distDir, "BUILD_ID"))) {
      log(`E2E_SKIP_BUILD=1: reusing the build in ${distDir}`);
    } else {
      // The build prerenders public pages from the database, hence DATABASE_URL above.
      const started = Date.now();
      await runToCompletion(process.execPath, [join(root, "scripts", "prisma-generate.mjs")], env);
      await runToCompletion(nextBin(), ["build"], env);
      log(`build finished in ${Math.round((Date.now() - started) / 1000)} s`);
    }

    const next = startChild(nextBin(), ["start", "-p", String(port), "-H", "127.0.0.1"], env);
    next.on("error", (error) => {
      console.error("[e2e-server] could not run next start:", error);
      void stop(1);
    });
    next.on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`[e2e-server] next start exited (code ${code}, signal ${signal})`);
      void stop(code || 1);
    });
  } catch (error) {
    // Stopping kills whatever step was running; its failure is expected then, not news.
    if (!stopping) console.error("[e2e-server] failed to start:", error);
    await stop(1);
  }
}

/**
 * Spawns a child in a process group of its own (Next forks workers) and registers its cleanup:
 * SIGTERM to the group, SIGKILL if it is still there after a grace period.
 */
function startChild(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: root, env, stdio: "inherit", detached: true });
  // 'error' without 'exit' when the command cannot be started at all.
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.once("error", () => resolve());
  });
  cleanups.push({
    name: `stop ${args[0] ?? command}`,
    run: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, "SIGTERM");
      const killTimer = setTimeout(() => signalGroup(child, "SIGKILL"), 8_000);
      await exited;
      clearTimeout(killTimer);
    },
  });
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function runToCompletion(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = startChild(command, args, env);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("exit", (c) => resolve(c));
    child.once("error", reject);
  });
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with code ${code}`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Dispatch last: the worker uses module-level state declared above.
if (process.argv.includes(WORKER_FLAG)) {
  void runWorker();
} else {
  runLauncher();
}
