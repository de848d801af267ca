import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { nextBin } from "../../scripts/lib/processes";

// Extra `next start` processes from the Playwright run's production build (.next-e2e), against
// the e2e database, for specs about several instances serving one site (docs/scaling.md).

export interface Instance {
  url: string;
  /** SIGTERM to the process group; resolves with the exit code once it has exited. */
  stop(): Promise<number | null>;
}

export function redisKeyPrefix(): string {
  return `zp-e2e-${randomBytes(4).toString("hex")}:`;
}

export async function startInstance(
  port: number,
  databaseUrl: string,
  extraEnv: Record<string, string>,
): Promise<Instance> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(nextBin(), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: process.cwd(),
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      SITE_URL: url,
      NEXTAUTH_URL: url,
      ...extraEnv,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start on ${port} not healthy within 90 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
      return exited;
    },
  };
}

export const E2E_STATE = (port: string) => join(process.cwd(), "test-results", `e2e-server-${port}.json`);
