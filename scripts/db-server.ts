// `npm run db:server`: runs the embedded PostgreSQL in the foreground with its data in
// .data/postgres, creates and migrates the `zonepress` database and prints its URL, for
// working against the same database from several terminals. Ctrl-C stops it.
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-server";
import { MigrationError, migrateDatabase } from "@/lib/db/migrate";

const log = (line: string) => console.log(line);
const dataDir = path.resolve(process.env.ZONEPRESS_DATA_DIR ?? path.join(".data", "postgres"));
const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined;

const server = await startEmbeddedPostgres({ dataDir, port, log }).catch((error: unknown) => {
  // Start-up problems (port, stale lock, another instance) are explained in the message.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log("Stopping the embedded PostgreSQL…");
  await server.stop();
  process.exit(code);
}
process.once("SIGINT", () => void shutdown(0));
process.once("SIGTERM", () => void shutdown(0));

try {
  const databaseUrl = await ensureDatabase(server.serverUrl, "zonepress");
  await migrateDatabase(databaseUrl, { log });
  console.log(`\nDATABASE_URL=${databaseUrl}\n`);
  console.log("Embedded PostgreSQL is running. Press Ctrl-C to stop it.");
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : error);
  await shutdown(1);
}
