import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createScratchDatabase, sql, type ScratchDatabase } from "@/tests/helpers/database";

// docs/operations.md "Backup and restore": a seeded database dumped with `npm run db:backup`'s
// code and restored with `npm run db:restore`'s into a fresh database holds the same rows in
// every schema, the same article bodies, and serves the app's own queries.

const { restored } = await vi.hoisted(async () => {
  const { createScratchDatabase: create } = await import("@/tests/helpers/database");
  const target = await create({ migrate: false }); // empty: the restore creates everything
  // lib/db/client.ts reads DATABASE_URL when first imported, below: the app reads the restore.
  process.env.DATABASE_URL = target.url;
  return { restored: target };
});

import { listPublishedPage } from "@/lib/db/articles";
import { seedDatabase } from "@/prisma/seed/index";
import { backupDatabase, restoreDatabase } from "@/scripts/lib/pg-dump";

let source: ScratchDatabase;
let dir: string;
let seededArticles = 0;

beforeAll(async () => {
  source = await createScratchDatabase();
  seededArticles = (await seedDatabase(source.url, { articles: 60 })).articles;
  // Library-owned schemas too: pg-boss and rate-limiter-flexible create theirs at run time.
  await sql(source.url, "CREATE SCHEMA rate_limit");
  await sql(source.url, "CREATE TABLE rate_limit.login (key text PRIMARY KEY, points int, expire bigint)");
  await sql(source.url, "INSERT INTO rate_limit.login VALUES ('1.2.3.4', 3, NULL)");
  dir = await mkdtemp(path.join(os.tmpdir(), "zp-backup-"));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await source.drop();
  await restored.drop();
});

/** Exact row count of every table in every schema but PostgreSQL's own. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>(
    url,
    `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
     ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await sql<{ n: string }>(url, `SELECT count(*) AS n FROM ${name}`);
    counts[name] = Number(row!.n);
  }
  return counts;
}

const bodiesMd5 = async (url: string) =>
  (
    await sql<{ md5: string }>(
      url,
      `SELECT md5(string_agg(md5("bodyMarkdown") || md5(coalesce("bodyHtml", '')), ',' ORDER BY id)) AS md5
       FROM "Article"`,
    )
  )[0]!.md5;

it("restores every schema's rows and the article bodies, and the app reads the restore", async () => {
  const file = path.join(dir, "zonepress.dump");
  await backupDatabase(source.url, file);
  expect((await stat(file)).size).toBeGreaterThan(10_000);
  await restoreDatabase(restored.url, file);

  const before = await rowCounts(source.url);
  const after = await rowCounts(restored.url);
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['public."Article"', "rate_limit.login"]));
  expect(before['public."Article"']).toBe(seededArticles);
  expect(seededArticles).toBeGreaterThanOrEqual(60);
  expect(after).toEqual(before);
  expect(await bodiesMd5(restored.url)).toBe(await bodiesMd5(source.url));

  const page = await listPublishedPage({}, 1, 20);
  const [published] = await sql<{ n: string }>(
    source.url,
    `SELECT count(*) AS n FROM "Article" WHERE status = 'PUBLISHED'`,
  );
  expect(page.total).toBe(Number(published!.n));
  expect(page.articles.length).toBe(Math.min(20, page.total));
  expect(page.articles[0]!.title.length).toBeGreaterThan(0);
});

it("refuses to restore over a database that already has the tables, and says why", async () => {
  const file = path.join(dir, "again.dump");
  await backupDatabase(source.url, file);
  await expect(restoreDatabase(restored.url, file)).rejects.toMatchObject({
    stderr: expect.stringMatching(/already exists/),
  });
});
