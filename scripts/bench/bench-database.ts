// The database of one benchmark size: `zp_bench_<size>`, dropped and made again (migrated,
// seeded with a progress bar, VACUUM ANALYZE'd) so every run starts from the same state, and
// the URLs the scenarios request, read from it rather than guessed.
import pg from "pg";
import { dropDatabase, ensureDatabase } from "@/lib/db/embedded-server";
import { migrateDatabase } from "@/lib/db/migrate";
import { PAGE_SIZE, totalPages } from "@/lib/pagination";
import { isDatabaseEmpty, seedDatabase } from "@/prisma/seed/index";

/** Deepest page the "page 500" scenarios ask for (the figure). */
export const DEEP_PAGE = 500;
/** Most distinct articles the "first render after invalidation" scenario can request. */
export const FRESH_ARTICLES = 6000;

export interface Targets {
  publishedArticles: number;
  category: string;
  zone: { slug: string; articles: number; pages: number; deepPage: number };
  allArticles: { pages: number; deepPage: number };
  cachedArticle: string;
  /** Distinct articles for the invalidation scenario (never the cached one), with their ids. */
  freshArticles: { id: number; slug: string }[];
}

export function benchDatabaseName(size: number): string {
  return `zp_bench_${size}`;
}

/**
 * Makes the database for `size` articles and returns its URL. With `keep`, an existing seeded
 * database of that name is reused as it is (for iterating on the harness).
 */
export async function prepareBenchDatabase(
  serverUrl: string,
  size: number,
  options: { keep: boolean; log: (line: string) => void },
): Promise<string> {
  const name = benchDatabaseName(size);
  const log = options.log;
  if (options.keep) {
    const url = await ensureDatabase(serverUrl, name);
    await migrateDatabase(url, { log });
    if (!(await isDatabaseEmpty(url))) {
      log(`--keep-database: reusing ${name} as it is`);
      return url;
    }
  }
  await dropDatabase(serverUrl, name);
  const url = await ensureDatabase(serverUrl, name);
  log(`created ${name}`);
  await migrateDatabase(url, { log });
  const summary = await seedDatabase(url, {
    articles: size,
    log,
    progress: Boolean(process.stdout.isTTY),
  });
  log(`seeded ${summary.published} published articles in ${(summary.ms / 1000).toFixed(0)} s`);
  await withClient(url, async (client) => {
    // The seed ANALYZEs its big tables; VACUUM also sets the visibility map, so index-only
    // scans (counts, keyset pages) do not visit the heap — the state a long-running site is in.
    await client.query("VACUUM ANALYZE");
  });
  log("VACUUM ANALYZE done");
  return url;
}

export async function resolveTargets(databaseUrl: string): Promise<Targets> {
  return withClient(databaseUrl, async (client) => {
    const one = async <T extends pg.QueryResultRow>(sql: string): Promise<T> => {
      const { rows } = await client.query<T>(sql);
      if (!rows[0]) throw new Error(`the bench database has nothing for: ${sql}`);
      return rows[0];
    };
    const published = `a.status = 'PUBLISHED'`;
    const { count } = await one<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Article" a WHERE ${published}`,
    );
    const category = await one<{ slug: string }>(`SELECT slug FROM "Category" ORDER BY position, id LIMIT 1`);
    // The biggest zone: the one whose deep pages exist (or come closest to page 500).
    const zone = await one<{ slug: string; articles: number }>(
      `SELECT z.slug, count(*)::int AS articles FROM "Article" a JOIN "Zone" z ON z.id = a."zoneId"
       WHERE ${published} GROUP BY z.id, z.slug ORDER BY articles DESC, z.slug LIMIT 1`,
    );
    const cached = await one<{ slug: string }>(
      `SELECT slug FROM "Article" a WHERE ${published} ORDER BY "publishedAt" DESC, id DESC LIMIT 1`,
    );
    // A stable pseudo-random spread over the whole archive, old and new, every zone.
    const { rows: fresh } = await client.query<{ id: number; slug: string }>(
      `SELECT id, slug FROM "Article" a WHERE ${published} AND slug <> $1 ORDER BY md5(slug) LIMIT $2`,
      [cached.slug, FRESH_ARTICLES],
    );
    const zonePages = totalPages(zone.articles, PAGE_SIZE);
    const allPages = totalPages(count, PAGE_SIZE);
    return {
      publishedArticles: count,
      category: category.slug,
      zone: { ...zone, pages: zonePages, deepPage: Math.min(DEEP_PAGE, zonePages) },
      allArticles: { pages: allPages, deepPage: Math.min(DEEP_PAGE, allPages) },
      cachedArticle: cached.slug,
      freshArticles: fresh,
    };
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "zonepress-bench" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}
