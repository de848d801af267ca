import "server-only";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, readdir, readlink, realpath, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

// Crash recovery for the embedded server's data directory (lib/db/embedded-server.ts):
// postmaster.pid files left by a hard kill, and servers that outlived the process that
// started them.

/** How long a fast shutdown may take before we give up on it. */
export const STOP_TIMEOUT_MS = 30_000;

interface LockFile {
  /** Undefined when the file is there but garbled (e.g. truncated by a crash mid-write). */
  pid: number | undefined;
}

export async function readLockFile(dataDir: string): Promise<LockFile | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, "postmaster.pid"), "utf8");
  } catch {
    return undefined;
  }
  // Line 1 is the postmaster's pid (PostgreSQL's documented lock file layout).
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10);
  return { pid: Number.isInteger(pid) && pid > 0 ? pid : undefined };
}

/**
 * Makes a postmaster.pid left behind by a crash harmless.
 *
 * - Its pid is a live postgres running on this very data directory whose parent is gone:
 *   our previous process was killed (kill -9) and the server outlived it. We stop it (fast
 *   shutdown) rather than reuse it: it is not our child, so we could neither notice it exit
 *   nor stop it with the rest of our handle, and its port may not be the one we would pick
 *   now. A restart costs ~0.2 s. If its parent node process is still running, the server is
 *   in use by another instance and we refuse to start instead.
 * - Its pid is dead, or alive but not that server: the file is stale. Postgres accepts a dead
 *   pid but refuses one reused by another process of its user, so we remove the file, once
 *   no backend of the old server is left in the directory (the file is what stops two
 *   servers from sharing one data directory).
 * - We cannot tell (a process of another user): we leave the file to Postgres's own check.
 */
export async function clearStaleLock(dataDir: string, log: (line: string) => void): Promise<void> {
  const lock = await readLockFile(dataDir);
  if (!lock) return;
  const { pid } = lock;
  const owner = pid === undefined || !isAlive(pid) ? "none" : await runsOn(pid, dataDir);
  if (owner === "unknown") return;
  if (owner === "this" && pid !== undefined) {
    const parent = await describeProcess((await describeProcess(pid))?.ppid ?? 1);
    // Started by a node process that is still running (another `npm run dev` on this
    // checkout): that server is in use, not left over, so it is not ours to stop.
    if (parent && parent.pid !== 1 && /(^|\/)node(\s|$)/.test(parent.command)) {
      throw new Error(
        `The PostgreSQL server in ${dataDir} (pid ${pid}) belongs to another running process ` +
          `(pid ${parent.pid}: ${parent.command.slice(0, 80)}). Stop that one first, or use another data directory.`,
      );
    }
    log(`stopping PostgreSQL (pid ${pid}) left running on ${dataDir} by an earlier run`);
    process.kill(pid, "SIGINT");
    if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
      throw new Error(`PostgreSQL (pid ${pid}) is still running on ${dataDir}; stop it and retry`);
    }
    return; // A clean shutdown removes postmaster.pid itself.
  }
  if (!(await waitForBackendsToExit(dataDir))) {
    throw new Error(`Processes of an earlier PostgreSQL still use ${dataDir}; stop them and retry`);
  }
  log(`removing stale postmaster.pid (pid ${pid ?? "?"} is not a running server) in ${dataDir}`);
  await rm(path.join(dataDir, "postmaster.pid"), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A zombie answers signal 0 but is dead; containers whose init does not reap leave them.
  if (process.platform !== "linux") return true;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ENOENT";
  }
  // Format: "pid (comm) S …"; comm may contain spaces or parentheses, so find the last ")".
  return stat.charAt(stat.lastIndexOf(")") + 2) !== "Z";
}

/** Whether live process `pid` is a postgres serving `dataDir`. */
async function runsOn(pid: number, dataDir: string): Promise<"this" | "other" | "unknown"> {
  if (process.platform === "linux") {
    // The postmaster chdirs into its data directory, so its cwd identifies the cluster.
    try {
      const [cwd, dir] = await Promise.all([readlink(`/proc/${pid}/cwd`), realpath(dataDir)]);
      return cwd === dir ? "this" : "other";
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "ENOENT" ? "other" : "unknown";
    }
  }
  try {
    const { stdout } = await promisify(execFile)("ps", ["-o", "command=", "-p", String(pid)]);
    return stdout.includes("postgres") && stdout.includes(dataDir) ? "this" : "other";
  } catch {
    return "unknown";
  }
}

async function describeProcess(
  pid: number,
): Promise<{ pid: number; ppid: number; command: string } | undefined> {
  try {
    if (process.platform === "linux") {
      const stat = await readFile(`/proc/${pid}/stat`, "utf8");
      // "pid (comm) state ppid …"; comm may contain spaces, so count from the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const command = (await readFile(`/proc/${pid}/cmdline`, "utf8")).replace(/\0/g, " ").trim();
      return { pid, ppid, command };
    }
    const { stdout } = await promisify(execFile)("ps", ["-o", "ppid=,command=", "-p", String(pid)]);
    const match = /^\s*(\d+)\s+(.*)$/s.exec(stdout.trim());
    return match ? { pid, ppid: Number(match[1]), command: match[2] ?? "" } : undefined;
  } catch {
    return undefined;
  }
}

/** After a kill -9 of the postmaster its backends exit on their own within moments. */
async function waitForBackendsToExit(dataDir: string): Promise<boolean> {
  if (process.platform !== "linux") return true;
  const dir = await realpath(dataDir);
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await sleep(100)) {
    if (!(await anyProcessIn(dir))) return true;
  }
  return false;
}

async function anyProcessIn(dir: string): Promise<boolean> {
  const entries = await readdir("/proc").catch(() => [] as string[]);
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => undefined);
    if (cwd === dir && isAlive(Number(entry))) return true;
  }
  return false;
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
