import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { MigrationError, migrateDatabase } from "@/lib/db/migrate";
import { createScratchDatabase, sql, type ScratchDatabase } from "@/tests/helpers/database";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");
const INIT = "20261124000000_init";
/** The project's migrations, in the order they apply. */
const ALL = readdirSync(MIGRATIONS)
  .filter((name) => existsSync(path.join(MIGRATIONS, name, "migration.sql")))
  .sort();
const quiet = { log: () => {} };

interface Row {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
}

const rows = (url: string) =>
  sql<Row>(url, `SELECT * FROM "_prisma_migrations" ORDER BY "started_at", "migration_name"`);

let tempDir: string;
const scratch: ScratchDatabase[] = [];
async function freshDatabase(): Promise<string> {
  const database = await createScratchDatabase({ migrate: false });
  scratch.push(database);
  return database.url;
}
/** A private copy of prisma/migrations that a test may edit. */
async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tempDir, "migrations-"));
  await cp(MIGRATIONS, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), "zp-migrate-test-"));
});
afterEach(async () => {
  await Promise.all(scratch.splice(0).map((d) => d.drop()));
});
afterAll(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

describe("migrateDatabase", () => {
  it("applies the migrations in name order and records them as Prisma Migrate does", async () => {
    const url = await freshDatabase();
    expect(ALL[0]).toBe(INIT);
    expect(await migrateDatabase(url, { migrationsDir: MIGRATIONS, ...quiet })).toEqual({
      applied: ALL,
      alreadyApplied: 0,
    });

    const checksum = createHash("sha256")
      .update(await readFile(path.join(MIGRATIONS, INIT, "migration.sql")))
      .digest("hex");
    const [row, ...others] = await rows(url);
    expect(others.map((r) => r.migration_name)).toEqual(ALL.slice(1));
    expect(row).toMatchObject({
      migration_name: INIT,
      checksum,
      applied_steps_count: 1,
      rolled_back_at: null,
      logs: null,
    });
    expect(row?.finished_at).toBeInstanceOf(Date);
    expect(row?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Prisma's engine reads this table; its columns must be exactly Prisma's.
    const columns = await sql(
      url,
      `SELECT column_name, data_type, is_nullable, character_maximum_length AS length FROM information_schema.columns
        WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(
      columns.map(
        (c) => `${c.column_name} ${c.data_type}${c.length ? `(${c.length})` : ""} ${c.is_nullable}`,
      ),
    ).toEqual([
      "id character varying(36) NO",
      "checksum character varying(64) NO",
      "finished_at timestamp with time zone YES",
      "migration_name character varying(255) NO",
      "logs text YES",
      "rolled_back_at timestamp with time zone YES",
      "started_at timestamp with time zone NO",
      "applied_steps_count integer NO",
    ]);
    expect(await sql(url, `SELECT count(*)::int AS n FROM "Article"`)).toEqual([{ n: 0 }]);
  });

  it("applies nothing the second time", async () => {
    const url = await freshDatabase();
    await migrateDatabase(url, { migrationsDir: MIGRATIONS, ...quiet });
    expect(await migrateDatabase(url, { migrationsDir: MIGRATIONS, ...quiet })).toEqual({
      applied: [],
      alreadyApplied: ALL.length,
    });
    expect(await rows(url)).toHaveLength(ALL.length);
  });

  it("applies pending migrations in name order, ignoring folders without migration.sql", async () => {
    const dir = await copyOfMigrations();
    const url = await freshDatabase();
    await migrateDatabase(url, { migrationsDir: dir, ...quiet });
    await mkdir(path.join(dir, "20991231000000_second"));
    await writeFile(
      path.join(dir, "20991231000000_second", "migration.sql"),
      `ALTER TABLE "Tag" ADD COLUMN "b" int;`,
    );
    await mkdir(path.join(dir, "20991230000000_first"));
    await writeFile(
      path.join(dir, "20991230000000_first", "migration.sql"),
      `ALTER TABLE "Tag" ADD COLUMN "a" int;`,
    );
    await mkdir(path.join(dir, "20991229000000_notes_only"));

    const result = await migrateDatabase(url, { migrationsDir: dir, ...quiet });
    expect(result).toEqual({
      applied: ["20991230000000_first", "20991231000000_second"],
      alreadyApplied: ALL.length,
    });
    expect((await rows(url)).map((r) => r.migration_name)).toEqual([
      ...ALL,
      "20991230000000_first",
      "20991231000000_second",
    ]);
  });

  it("refuses to run when an applied migration was edited, naming it", async () => {
    const dir = await copyOfMigrations();
    const url = await freshDatabase();
    await migrateDatabase(url, { migrationsDir: dir, ...quiet });
    await appendFile(path.join(dir, INIT, "migration.sql"), `\nALTER TABLE "Tag" ADD COLUMN "sneaky" int;\n`);

    const run = migrateDatabase(url, { migrationsDir: dir, ...quiet });
    await expect(run).rejects.toBeInstanceOf(MigrationError);
    await expect(run).rejects.toThrow(new RegExp(`Migration ${INIT} was modified after it was applied`));
    expect(await sql(url, `SELECT 1 FROM information_schema.columns WHERE column_name = 'sneaky'`)).toEqual(
      [],
    );
  });

  it("records a failing migration's error, applies none of it, and then refuses to continue", async () => {
    const dir = await copyOfMigrations();
    const broken = "20991231000000_broken";
    await mkdir(path.join(dir, broken));
    await writeFile(
      path.join(dir, broken, "migration.sql"),
      `CREATE TABLE "HalfDone" ("id" int);\nSELECT * FROM "NoSuchTable";\n`,
    );
    const url = await freshDatabase();

    const first = migrateDatabase(url, { migrationsDir: dir, ...quiet });
    await expect(first).rejects.toBeInstanceOf(MigrationError);
    await expect(first).rejects.toThrow(new RegExp(`Migration ${broken} failed`));

    const failed = (await rows(url)).find((r) => r.migration_name === broken);
    expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
    expect(failed?.logs).toContain('relation "NoSuchTable" does not exist');
    expect(failed?.logs).toContain("Database error code: 42P01");
    // One implicit transaction: the statement before the failing one was rolled back too.
    expect(await sql(url, `SELECT to_regclass('"HalfDone"') AS t`)).toEqual([{ t: null }]);

    await rm(path.join(dir, broken), { recursive: true });
    const second = migrateDatabase(url, { migrationsDir: dir, ...quiet });
    await expect(second).rejects.toThrow(new RegExp(`failed migration\\(s\\) in the database: ${broken}`));
    expect(await rows(url)).toHaveLength(ALL.length + 1);
  });

  it("applies a migration exactly once when two runs race (advisory lock)", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([
      migrateDatabase(url, { migrationsDir: MIGRATIONS, ...quiet }),
      migrateDatabase(url, { migrationsDir: MIGRATIONS, ...quiet }),
    ]);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, ALL.length]);
    expect(await rows(url)).toHaveLength(ALL.length);
  });

  it("explains a connection failure without a stack of pg internals", async () => {
    const url = new URL(inject("serverUrl"));
    url.pathname = "/zp_test_does_not_exist";
    await expect(migrateDatabase(url.toString(), quiet)).rejects.toThrow(
      /Cannot connect to .*does not exist/,
    );
  });
});
