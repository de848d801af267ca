import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-server";
import { migrateDatabase } from "@/lib/db/migrate";

// Each run gets its own database (DESIGN.md §4): on TEST_DATABASE_URL's server when set
// (CI: the machine's PostgreSQL 15, our minimum version), otherwise on an embedded server
// in a fresh temp dir. Scratch databases share this run's name prefix, so teardown can
// drop whatever a crashed or careless test left behind.

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated database of this run; tests/setup/env.ts puts it in DATABASE_URL. */
    databaseUrl: string;
    /** Maintenance-database URL of the server, for creating scratch databases. */
    serverUrl: string;
    /** Name prefix of every database this run creates (`zp_test_<random>`). */
    databasePrefix: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cleanups: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => console.error("test teardown:", error));
    }
  };

  try {
    let serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), "zp-test-pg-"));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      const server = await startEmbeddedPostgres({ dataDir, port: 0 });
      cleanups.push(() => server.stop());
      serverUrl = server.serverUrl;
    }

    const prefix = `zp_test_${randomBytes(6).toString("hex")}`;
    const maintenanceUrl = serverUrl;
    cleanups.push(() => dropRunDatabases(maintenanceUrl, prefix));
    const databaseUrl = await ensureDatabase(serverUrl, prefix);
    await migrateDatabase(databaseUrl, { log: () => {} });

    project.provide("databaseUrl", databaseUrl);
    project.provide("serverUrl", serverUrl);
    project.provide("databasePrefix", prefix);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}

async function dropRunDatabases(serverUrl: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  let names: string[];
  try {
    // starts_with, not LIKE: "_" in the prefix would be a wildcard.
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [prefix],
    );
    names = rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
  for (const name of names) await dropDatabase(serverUrl, name);
}
