import { join } from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-server";
import { migrateDatabase } from "@/lib/db/migrate";
import { DatabaseNotEmptyError, isDatabaseEmpty, seedDatabase } from "@/prisma/seed/index";

export interface PreparedDatabase {
  databaseUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const root = new URL("../..", import.meta.url).pathname;

/**
 * The database for `npm run dev` / `npm start` (DESIGN.md §4): DATABASE_URL when set,
 * otherwise an embedded PostgreSQL with its data in .data/postgres. Either way it is
 * migrated; the embedded one is also seeded with demo content while it is empty (a
 * configured database is seeded only with ZONEPRESS_SEED=1, so production stays clean).
 */
export async function prepareDatabase(log: (line: string) => void): Promise<PreparedDatabase> {
  const configured = process.env.DATABASE_URL;
  let databaseUrl: string;
  let stop = async () => {};
  if (configured) {
    databaseUrl = configured;
    log("Using DATABASE_URL");
  } else {
    const dataDir = process.env.ZONEPRESS_DATA_DIR ?? join(root, ".data", "postgres");
    const port = process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined;
    log(`Starting the embedded PostgreSQL (data in ${dataDir})…`);
    const server = await startEmbeddedPostgres({ dataDir, port, log });
    stop = () => server.stop();
    try {
      databaseUrl = await ensureDatabase(server.serverUrl, "zonepress");
    } catch (error) {
      await stop();
      throw error;
    }
    log(`Embedded PostgreSQL is running on port ${server.port}`);
  }

  try {
    const { applied } = await migrateDatabase(databaseUrl, { log });
    log(applied.length ? `Applied ${applied.length} migration(s)` : "Database schema is up to date");
    const shouldSeed = !configured || process.env.ZONEPRESS_SEED === "1";
    if (shouldSeed && (await isDatabaseEmpty(databaseUrl))) {
      log("The database is empty: generating demo content…");
      try {
        const summary = await seedDatabase(databaseUrl, { log, progress: process.stdout.isTTY });
        log(
          `Seeded ${summary.published} published articles by ${summary.users} members in ${(summary.ms / 1000).toFixed(1)} s`,
        );
      } catch (error) {
        // Another process seeded it between our check and our lock: the content is there.
        if (!(error instanceof DatabaseNotEmptyError)) throw error;
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { databaseUrl, embedded: !configured, stop };
}
