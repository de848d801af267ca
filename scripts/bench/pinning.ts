// Core pinning for the page benchmark: the server (and the bare-Node ceiling) on core 0, the
// load generator on core 1, so the server's figure is what one core can serve and the load
// generator never competes with it for CPU. Without `taskset` (macOS, minimal images) or with a
// single core, processes run unpinned and the report says so.
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";

export const SERVER_CORE = 0;
export const LOAD_CORE = 1;

let available: boolean | undefined;

/** True when `taskset` runs here and there are at least two cores to pin to. */
export function canPin(): boolean {
  available ??= availableParallelism() >= 2 && spawnSync("taskset", ["-V"], { stdio: "ignore" }).status === 0;
  return available;
}

/** The command line that runs `command args` on `core` (unchanged when pinning is unavailable). */
export function pinned(core: number, command: string, args: string[]): [string, string[]] {
  return canPin() ? ["taskset", ["-c", String(core), command, ...args]] : [command, args];
}

/** How the report describes pinning. */
export function pinningNote(): string {
  return canPin()
    ? `server and ceiling pinned to core ${SERVER_CORE}, load generator to core ${LOAD_CORE} (taskset)`
    : "not pinned: taskset unavailable or fewer than 2 cores; server and load generator share the CPUs";
}
