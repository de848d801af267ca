// The processes the page benchmark measures: the production build of Zonepress (`next build`
// into a dist dir of its own, then `next start` pinned to the server core) and the bare-Node
// ceiling (ceiling-server.ts) on the same core. Each runs in a process group of its own and is
// stopped through it, so nothing is left holding a port when the benchmark ends or fails.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { nextBin, run } from "../lib/processes";
import { pinned, SERVER_CORE } from "./pinning";

const root = new URL("../..", import.meta.url).pathname;
export const LOG_DIR = join(root, ".data", "bench");

export interface Running {
  origin: string;
  stop(): Promise<void>;
}

/**
 * `next build` against the bench database (the build prerenders public pages from it). Next
 * rewrites tsconfig.json to include the new dist dir's types; the file is put back afterwards
 * so a benchmark run leaves the checkout as it found it.
 */
export async function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  const tsconfig = join(root, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    await run("node", ["scripts/prisma-generate.mjs"], env);
    await run(nextBin(), ["build"], env);
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

/** Starts `next start` on the server core and resolves once /api/health answers 200. */
export async function startApp(env: NodeJS.ProcessEnv, port: number, logName: string): Promise<Running> {
  const [command, args] = pinned(SERVER_CORE, nextBin(), ["start", "-p", String(port), "-H", "127.0.0.1"]);
  const origin = `http://127.0.0.1:${port}`;
  const child = startGroup(command, args, { ...env, NODE_ENV: "production" }, logName);
  await waitFor(child, `${origin}/api/health`, 180_000, logName);
  return { origin, stop: () => stopGroup(child) };
}

/** Serves `body` with `headers` from a bare `http.createServer` on the server core. */
export async function startCeiling(
  body: Buffer,
  headers: Record<string, string>,
  port: number,
): Promise<Running> {
  mkdirSync(LOG_DIR, { recursive: true });
  const bodyFile = join(LOG_DIR, `ceiling-${port}.body`);
  writeFileSync(bodyFile, body);
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const script = join(root, "scripts", "bench", "ceiling-server.ts");
  const [command, args] = pinned(SERVER_CORE, tsx, [script, bodyFile, JSON.stringify(headers), String(port)]);
  const child = startGroup(command, args, process.env, "ceiling");
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(child, `${origin}/`, 30_000, "ceiling");
  return { origin, stop: () => stopGroup(child) };
}

function startGroup(command: string, args: string[], env: NodeJS.ProcessEnv, logName: string): ChildProcess {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(join(LOG_DIR, `${logName}.log`));
  const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** Polls `url` until it answers 200; fails early when the process exits. */
async function waitFor(child: ChildProcess, url: string, timeoutMs: number, logName: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${logName} exited before it answered; see ${join(LOG_DIR, `${logName}.log`)}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopGroup(child);
  throw new Error(`${logName} did not answer ${url} within ${timeoutMs / 1000} s`);
}

const running = new Set<ChildProcess>();

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child.pid, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child.pid!, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops every server still running (Ctrl-C, a failed step). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stopGroup(child)));
}
