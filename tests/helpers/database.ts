import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { dropDatabase, ensureDatabase } from "@/lib/db/embedded-server";
import { migrateDatabase } from "@/lib/db/migrate";

export interface ScratchDatabase {
  name: string;
  url: string;
  /** Drops it even while connections are open; teardown drops it too if a test forgets. */
  drop(): Promise<void>;
}

/**
 * Another database on the run's server, for tests that need an empty or damaged schema.
 * Migrated unless `migrate: false`. Its name starts with the run's prefix, so the global
 * teardown drops it even when the test does not.
 */
export async function createScratchDatabase(options: { migrate?: boolean } = {}): Promise<ScratchDatabase> {
  const serverUrl = inject("serverUrl");
  const name = `${inject("databasePrefix")}_s${randomBytes(4).toString("hex")}`;
  const url = await ensureDatabase(serverUrl, name);
  if (options.migrate ?? true) await migrateDatabase(url, { log: () => {} });
  return { name, url, drop: () => dropDatabase(serverUrl, name) };
}

/** Runs one statement on its own connection and returns the rows. */
export async function sql<Row extends pg.QueryResultRow = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, params)).rows;
  } finally {
    await client.end();
  }
}
