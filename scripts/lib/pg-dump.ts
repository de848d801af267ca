import { execFile } from "node:child_process";
import { promisify } from "node:util";

// Backup and restore with PostgreSQL's own tools (docs/operations.md "Backup and restore"):
// pg_dump's custom format (-Fc) is compressed, holds every schema of the database (the data
// model, pg-boss's `pgboss`, the rate limits' `rate_limit`, Prisma's _prisma_migrations) and can
// be restored selectively. The client binaries must be at least the server's major version.

const run = promisify(execFile);

/** Writes a custom-format dump of the database at `databaseUrl` to `file`. */
export async function backupDatabase(databaseUrl: string, file: string): Promise<void> {
  await run("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    `--file=${file}`,
    `--dbname=${databaseUrl}`,
  ]);
}

/**
 * Restores `file` into the database at `databaseUrl`, which must exist and be empty (created
 * with `createdb`). Stops at the first error and restores in one transaction, so a failed
 * restore leaves the database empty rather than half-filled.
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<void> {
  await run("pg_restore", [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    "--single-transaction",
    `--dbname=${databaseUrl}`,
    file,
  ]);
}

/** The file argument and DATABASE_URL of `npm run db:backup|db:restore -- <file>`, or exits. */
export function backupArguments(usage: string): { databaseUrl: string; file: string } {
  const file = process.argv[2];
  const databaseUrl = process.env.DATABASE_URL;
  if (!file) {
    console.error(`Usage: ${usage}`);
    process.exit(1);
  }
  if (!databaseUrl) {
    console.error("DATABASE_URL is not set. Point it at the database (npm run db:server prints one).");
    process.exit(1);
  }
  return { databaseUrl, file };
}

/** The tool's own message (stderr) rather than a stack trace. */
export function reportFailure(what: string, error: unknown): never {
  const stderr = (error as { stderr?: string }).stderr?.trim();
  console.error(`${what} failed: ${stderr || (error instanceof Error ? error.message : String(error))}`);
  process.exit(1);
}
