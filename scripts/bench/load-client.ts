// Runs one load (load.ts) in a child process on the load generator's core and returns its
// figures. A child, not in-process: the benchmark's own work (database, fetches) must not run
// on the core that generates the load, nor slow the load generator down.
import { spawn } from "node:child_process";
import { join } from "node:path";
import type { LoadFigures, LoadInput } from "./load";
import { LOAD_CORE, pinned } from "./pinning";

const root = new URL("../..", import.meta.url).pathname;

export function runLoad(input: LoadInput): Promise<LoadFigures> {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const [command, args] = pinned(LOAD_CORE, tsx, [join(root, "scripts", "bench", "load.ts")]);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
    // On stdin: a list of thousands of paths is longer than one argv string may be.
    child.stdin.end(JSON.stringify(input));
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.trim().split("\n").at(-1);
      if (code !== 0 || !line) return reject(new Error(`load generator failed (exit ${code})`));
      try {
        resolve(JSON.parse(line) as LoadFigures);
      } catch {
        reject(new Error(`load generator printed no figures: ${line.slice(0, 200)}`));
      }
    });
  });
}
