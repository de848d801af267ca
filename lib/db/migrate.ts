import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations the way `prisma migrate deploy` does (prisma-engines'
// sql_migration_persistence.rs / apply_migrations.rs), because the Prisma schema engine
// cannot be downloaded everywhere we run (ENVIRONMENT.md). The rows written here are the
// ones Prisma writes, so `prisma migrate status/deploy` agree wherever the engine exists.

/** A migration problem a person has to fix; the message says which migration and how. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface MigrateOptions {
  /** Defaults to prisma/migrations under the current directory. */
  migrationsDir?: string;
  log?: (line: string) => void;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

// Prisma's own lock id: holding the same lock keeps us and a real `prisma migrate deploy`
// from applying migrations to one database at the same time.
const ADVISORY_LOCK_ID = 72707369;
const LOCK_TIMEOUT_SECONDS = 60;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
  logs: string | null;
}

export async function migrateDatabase(
  databaseUrl: string,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const migrationsDir = path.resolve(
    options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations"),
  );
  const log = options.log ?? (() => {});
  // Read the files before touching the database: a missing folder should not take the lock.
  const local = await readLocalMigrations(migrationsDir);

  const client = new pg.Client({ connectionString: databaseUrl });
  // An idle client whose server goes away emits 'error'; without a listener that crashes the process.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new MigrationError(`Cannot connect to ${redactUrl(databaseUrl)}: ${errorMessage(error)}`);
  }

  let locked = false;
  try {
    await acquireLock(client);
    locked = true;
    await client.query(CREATE_MIGRATIONS_TABLE);

    const { rows } = await client.query<MigrationRow>(
      `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at", "started_at", "logs"
         FROM "_prisma_migrations" ORDER BY "started_at"`,
    );
    refuseFailedMigrations(rows);

    const applied = new Map<string, MigrationRow>();
    for (const row of rows) if (row.rolled_back_at === null) applied.set(row.migration_name, row);
    refuseEditedMigrations(local, applied);

    const localNames = new Set(local.map((m) => m.name));
    for (const name of applied.keys()) {
      if (!localNames.has(name))
        log(`warning: ${name} is applied in the database but missing from ${migrationsDir}`);
    }

    const pending = local.filter((m) => !applied.has(m.name));
    const appliedNow: string[] = [];
    for (const migration of pending) {
      log(`applying ${migration.name}`);
      await applyMigration(client, migration);
      appliedNow.push(migration.name);
    }
    if (pending.length === 0) log(`database is up to date (${local.length} migrations)`);
    return { applied: appliedNow, alreadyApplied: local.length - pending.length };
  } finally {
    if (locked) await client.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_ID})`).catch(() => {});
    // Ending the session also frees the lock if the unlock above could not run.
    await client.end().catch(() => {});
  }
}

/** Waits for a concurrent run (ours or Prisma's) to finish, but not forever, as Prisma does. */
async function acquireLock(client: pg.Client): Promise<void> {
  await client.query(`SET lock_timeout = '${LOCK_TIMEOUT_SECONDS}s'`);
  try {
    await client.query(`SELECT pg_advisory_lock(${ADVISORY_LOCK_ID})`);
  } catch (error) {
    // 55P03 lock_not_available: lock_timeout expired.
    if ((error as { code?: string }).code !== "55P03") throw error;
    throw new MigrationError(
      `Another migration run has held the migration lock (pg_advisory_lock(${ADVISORY_LOCK_ID})) ` +
        `on this database for over ${LOCK_TIMEOUT_SECONDS} s. Wait for it to finish, or end that session.`,
    );
  } finally {
    await client.query("RESET lock_timeout");
  }
}

async function readLocalMigrations(dir: string): Promise<LocalMigration[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new MigrationError(`Cannot read the migrations folder ${dir}: ${errorMessage(error)}`);
  }
  // Plain code-unit order, like Prisma: the timestamp prefix makes it chronological.
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const migrations: LocalMigration[] = [];
  for (const name of names) {
    const file = path.join(dir, name, "migration.sql");
    if (!(await isFile(file))) continue;
    const bytes = await readFile(file);
    // Prisma hashes the file's bytes, so `sha256sum migration.sql` gives the same value.
    const checksum = createHash("sha256").update(bytes).digest("hex");
    migrations.push({ name, sql: bytes.toString("utf8"), checksum });
  }
  return migrations;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function refuseFailedMigrations(rows: MigrationRow[]): void {
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  const first = failed[0];
  if (!first) return;
  const names = failed.map((r) => r.migration_name).join(", ");
  throw new MigrationError(
    `Found failed migration(s) in the database: ${names}. New migrations will not be applied.\n` +
      `The ${first.migration_name} migration started at ${first.started_at.toISOString()} failed` +
      (first.logs ? `:\n${first.logs}\n` : ".\n") +
      `Repair the database by hand, then mark it rolled back ` +
      `(UPDATE "_prisma_migrations" SET "rolled_back_at" = now() WHERE "migration_name" = '${first.migration_name}') ` +
      `to retry it, or set "finished_at" if you completed it yourself.`,
  );
}

function refuseEditedMigrations(local: LocalMigration[], applied: Map<string, MigrationRow>): void {
  const edited = local.filter((m) => {
    const row = applied.get(m.name);
    return row !== undefined && row.checksum !== m.checksum;
  });
  if (edited.length === 0) return;
  throw new MigrationError(
    `Migration ${edited.map((m) => m.name).join(", ")} was modified after it was applied ` +
      `(its checksum no longer matches the _prisma_migrations row). ` +
      `Restore the applied file and put the change in a new migration.`,
  );
}

async function applyMigration(client: pg.Client, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count")
     VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  try {
    // No parameters → simple query protocol: the whole file is one implicit transaction,
    // so a failing statement leaves nothing half-applied (as with Prisma on PostgreSQL).
    await client.query(migration.sql);
  } catch (error) {
    const logs = describeDatabaseError(error);
    await client.query(`UPDATE "_prisma_migrations" SET "logs" = $2 WHERE "id" = $1`, [id, logs]);
    throw new MigrationError(`Migration ${migration.name} failed and was not applied:\n${logs}`);
  }
  await client.query(
    `UPDATE "_prisma_migrations" SET "applied_steps_count" = 1, "finished_at" = now() WHERE "id" = $1`,
    [id],
  );
}

/** The text Prisma would keep in `logs`: message plus the database's code and position. */
function describeDatabaseError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = error as Error & { code?: string; position?: string; detail?: string; hint?: string };
  const lines = [details.message];
  if (details.code) lines.push(`Database error code: ${details.code}`);
  if (details.position) lines.push(`Position: ${details.position}`);
  if (details.detail) lines.push(`Detail: ${details.detail}`);
  if (details.hint) lines.push(`Hint: ${details.hint}`);
  return lines.join("\n");
}

function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0)
    return error.errors.map(errorMessage).join("; ");
  return error instanceof Error ? error.message || error.name : String(error);
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "the database (DATABASE_URL is not a valid URL)";
  }
}
