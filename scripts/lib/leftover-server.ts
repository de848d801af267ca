import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const root = realpathSync(new URL("../..", import.meta.url).pathname);

/** Where `npm start` / `npm run dev` record the pid of the Next server they spawned. */
export const serverPidFile = join(root, ".data", "next-server.pid");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Only a process whose working directory is this checkout counts as ours: a recycled pid
// belonging to anything else is never signalled. Without /proc (macOS) we leave it alone.
function isOurServer(pid: number): boolean {
  try {
    return realpathSync(`/proc/${pid}/cwd`) === root;
  } catch {
    return false;
  }
}

/**
 * After a `kill -9` of the start script, the Next server it spawned survives as an orphan and
 * keeps the port, so the next start would fail with EADDRINUSE. Stop such a leftover first.
 */
export async function stopLeftoverServer(log: (line: string) => void): Promise<void> {
  if (!existsSync(serverPidFile)) return;
  const pid = Number(readFileSync(serverPidFile, "utf8").trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isOurServer(pid)) {
    log(`stopping the Next server (pid ${pid}) left running by an earlier start`);
    process.kill(pid, "SIGTERM");
    for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  rmSync(serverPidFile, { force: true });
}

export function recordServerPid(pid: number): void {
  mkdirSync(dirname(serverPidFile), { recursive: true });
  writeFileSync(serverPidFile, String(pid));
}

export function clearServerPid(): void {
  rmSync(serverPidFile, { force: true });
}
