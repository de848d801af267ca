import { spawn, type ChildProcess } from "node:child_process";

// `npm run worker` as its own process (node --import tsx, no parent in front of it, so SIGKILL
// reaches the worker itself), with everything it prints kept for assertions and failure output.

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves once the child has exited. */
  exited: Promise<void>;
}

export function spawnWorker(env: Record<string, string>, output: string[]): WorkerProcess {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"],
    {
      cwd: process.cwd(),
      env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return { child, exited };
}
