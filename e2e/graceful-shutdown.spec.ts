import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";

// docs/operations.md "Graceful shutdown", on a real `next start` of the e2e build (.next-e2e) with
// a database of its own: SIGTERM lets a request that is still uploading finish, refuses new
// connections, writes every buffered view (including the in-flight request's), closes every
// pool and exits with 143 within the shutdown timeout.

const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
const PORT = Number(process.env.E2E_PORT ?? 3107) + 50;
const BROWSER_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function sql<Row extends pg.QueryResultRow>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["--conditions=react-server", script, ...args], {
      env,
      stdio: "ignore",
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited ${code}`))));
  });
}

const connectRefused = () =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(PORT, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });

test("SIGTERM drains requests, keeps buffered views, closes the pools and exits 143", async () => {
  test.setTimeout(240_000);
  // The e2e database's server, a database of our own so pg_stat_activity shows ours alone.
  const stateFile = join(process.cwd(), "test-results", `e2e-server-${process.env.E2E_PORT ?? "3107"}.json`);
  const e2eUrl = (JSON.parse(readFileSync(stateFile, "utf8")) as { databaseUrl: string }).databaseUrl;
  const name = `zp_shutdown_${randomBytes(4).toString("hex")}`;
  const serverUrl = Object.assign(new URL(e2eUrl), { pathname: "/postgres" }).toString();
  const databaseUrl = Object.assign(new URL(e2eUrl), { pathname: `/${name}` }).toString();
  await sql(serverUrl, `CREATE DATABASE ${name}`);
  let server: ChildProcess | undefined;
  try {
    const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
    await runScript("scripts/db-migrate.ts", [], env);
    await runScript("scripts/db-seed.ts", ["--articles", "3"], env);
    const [article] = await sql<{ id: number; viewCount: number }>(
      databaseUrl,
      `SELECT id, "viewCount" FROM "Article" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`,
    );

    const origin = `http://127.0.0.1:${PORT}`;
    server = spawn("node_modules/.bin/next", ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
      env: {
        ...env,
        NEXT_DIST_DIR: DIST_DIR,
        SITE_URL: origin,
        NEXTAUTH_URL: origin,
        AUTH_SECRET: randomBytes(32).toString("hex"),
        VIEW_FLUSH_INTERVAL_MS: "3600000", // only the shutdown writes the views
      },
      stdio: "ignore",
    });
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      server!.once("exit", (code) => resolve({ code, at: Date.now() })),
    );
    await expect
      .poll(
        () =>
          fetch(`${origin}/api/ready`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 60_000 },
      )
      .toBe(200);

    const beacon = JSON.stringify({ articleId: article!.id });
    for (let i = 0; i < 7; i++) {
      const ping = await fetch(`${origin}/api/views`, {
        method: "POST",
        body: beacon,
        headers: { "User-Agent": BROWSER_UA },
      });
      expect(ping.status).toBe(204);
    }

    // The slow request: its body is still uploading when the signal arrives.
    const slow = http.request(`${origin}/api/views`, {
      method: "POST",
      agent: false, // its own connection, closed after the answer
      headers: { "Content-Length": Buffer.byteLength(beacon), "User-Agent": BROWSER_UA },
    });
    const answered = new Promise<number>((resolve, reject) => {
      slow.once("response", (response) => (response.resume(), resolve(response.statusCode ?? 0)));
      slow.once("error", reject);
    });
    slow.write(beacon.slice(0, 5));
    await sleep(500);
    const signalledAt = Date.now();
    server.kill("SIGTERM");
    await expect.poll(connectRefused, { timeout: 5_000 }).toBe(true);
    slow.end(beacon.slice(5));
    expect(await answered).toBe(204);

    const { code, at } = await exited;
    expect(code).toBe(143);
    expect(at - signalledAt).toBeLessThan(10_000);
    const [after] = await sql<{ viewCount: number }>(
      databaseUrl,
      `SELECT "viewCount" FROM "Article" WHERE id = ${article!.id}`,
    );
    expect(after!.viewCount).toBe(article!.viewCount + 8);
    const left = await sql<{ application_name: string }>(
      serverUrl,
      `SELECT application_name FROM pg_stat_activity WHERE datname = '${name}' AND application_name LIKE 'zonepress%'`,
    );
    expect(left).toEqual([]);
  } finally {
    if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
    await sql(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
});
