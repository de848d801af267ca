// Demo content generator: plans everything in memory from a seeded PRNG (same seed → same
// content), renders a pool of distinct bodies with the real save-time pipeline, then writes
// it all in one transaction with batched multi-row inserts. One transaction means a failed
// or interrupted seed leaves the database empty, so the next start simply seeds again.
import pg from "pg";
import { renderMarkdown, type RenderedMarkdown } from "@/lib/markdown/render";
import type { Uniques } from "./article-plan";
import { planBodyPool } from "./body-pool";
import { DatabaseNotEmptyError, hasContent, isDatabaseEmpty, truncateContent } from "./database-state";
import { planEvents, planVideos } from "./events-videos";
import { planFeatures } from "./features";
import { PAGES } from "./pages";
import { createProgress } from "./progress";
import { planPublished } from "./published-articles";
import { planResources } from "./resources";
import { planUsers } from "./users";
import { planWorkflow } from "./workflow-articles";
import { stageBodies, writeArticles } from "./write-articles";
import { writeEventsAndVideos, writeFeatures, writePagesAndSettings, writeResources } from "./write-content";
import { writeTaxonomy } from "./write-taxonomy";
import { writeUsers } from "./write-users";

export { DEMO_LOGINS, type DemoLogin } from "./demo-logins";
export { DatabaseNotEmptyError, isDatabaseEmpty } from "./database-state";

export const DEFAULT_ARTICLES = 400;
export const DEFAULT_SEED = 20_261_124;

export interface SeedOptions {
  /** Published articles to generate (default 400); drafts and the review queue come on top. */
  articles?: number;
  seed?: number;
  log?: (line: string) => void;
  /** Show a progress bar (for terminals); otherwise progress is logged as lines. */
  progress?: boolean;
  /** Empty our tables first (TRUNCATE … RESTART IDENTITY CASCADE) instead of refusing. */
  reset?: boolean;
  /** Reference time for "recent", "upcoming" and view windows (default: now). */
  now?: Date;
}

export interface SeedSummary {
  users: number;
  articles: number;
  published: number;
  resources: number;
  events: number;
  videos: number;
  pages: number;
  ms: number;
}

/**
 * TOAST-compresses this transaction's big text values with lz4 when the server was built
 * with it: ~10% faster seeding than pglz (the default) for a slightly larger table. Only
 * this transaction is affected; later writes use the server's default again.
 */
async function preferFastCompression(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ lz4: boolean }>(
    `SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
  );
  if (rows[0]?.lz4) await client.query(`SET LOCAL default_toast_compression = lz4`);
}

function planContent(articles: number, seed: number, now: Date) {
  const users = planUsers(seed, articles, now);
  const pool = planBodyPool(seed, articles);
  const uniques: Uniques = { titles: new Set(), summaries: new Set(), slugs: new Set() };
  const published = planPublished({ seed, count: articles, users, pool, uniques, now, firstId: 1 });
  const workflow = planWorkflow({
    seed,
    publishedCount: articles,
    users,
    pool,
    uniques,
    now,
    firstId: published.length + 1,
  });
  const plans = [...published, ...workflow];
  const resources = planResources(seed, users, now);
  return {
    users,
    pool,
    plans,
    resources,
    events: planEvents(seed, now),
    videos: planVideos(seed, now),
    features: planFeatures(seed, plans, resources, now),
  };
}

/**
 * Fills a migrated database with demo content. Refuses (DatabaseNotEmptyError) when it
 * already has members or articles, unless `reset` is set.
 */
export async function seedDatabase(databaseUrl: string, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const articles = options.articles ?? DEFAULT_ARTICLES;
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error(`articles must be a positive integer, got ${articles}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const progress = createProgress(options.progress ?? false, log);

  // Cheap check before minutes of work; repeated under a lock inside the transaction.
  // (It also fails fast, with a clear message, on a database that was never migrated.)
  const empty = await isDatabaseEmpty(databaseUrl);
  if (!empty && !options.reset) throw new DatabaseNotEmptyError();

  log(`Planning ${articles} published articles (seed ${seed})…`);
  const content = planContent(articles, seed, now);

  progress.start("Rendering bodies", content.pool.markdown.length);
  const rendered: RenderedMarkdown[] = [];
  for (const markdown of content.pool.markdown) {
    rendered.push(await renderMarkdown(markdown));
    progress.increment(1);
  }
  progress.stop();

  const client = new pg.Client({ connectionString: databaseUrl, application_name: "zonepress-seed" });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Two dev servers starting at once must not both seed.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('zonepress:seed'))`);
    if (await hasContent(client)) {
      if (!options.reset) throw new DatabaseNotEmptyError();
      log("Emptying existing content (--reset)…");
    }
    // Also on a database without members or articles: leftover zones, pages or settings would
    // otherwise mix with the new content.
    if (options.reset) await truncateContent(client);
    await preferFastCompression(client);
    const ids = await writeTaxonomy(client, now);
    await writeUsers(client, content.users.all, now);
    await stageBodies(client, content.pool.markdown, rendered);
    const counts = await writeArticles(client, content.plans, ids, now, progress);
    const resourceBySlug = await writeResources(client, content.resources, ids, now);
    await writeEventsAndVideos(client, content.events, content.videos, ids, now);
    await writePagesAndSettings(client, PAGES, now);
    await writeFeatures(client, content.features, ids, resourceBySlug, content.users.editor.id, now);
    log("Committing…");
    await client.query("COMMIT");
    log(
      `Wrote ${content.plans.length} articles, ${counts.tags} tag links, ${counts.likes} likes, ` +
        `${counts.dailyViews} daily view rows, ${counts.events} review events`,
    );
    // Fresh statistics, so the first page loads use the indexes rather than guesses. The data
    // is committed by now: a failure here is worth a line in the log, not a failed seed.
    await client
      .query(`ANALYZE "Article", "ArticleTag", "ArticleLike", "ArticleDailyView", "ArticleEvent", "User"`)
      .catch((error: unknown) =>
        log(`ANALYZE skipped: ${error instanceof Error ? error.message : String(error)}`),
      );
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }

  return {
    users: content.users.all.length,
    articles: content.plans.length,
    published: content.plans.filter((plan) => plan.status === "PUBLISHED").length,
    resources: content.resources.length,
    events: content.events.length,
    videos: content.videos.length,
    pages: PAGES.length,
    ms: Math.round(performance.now() - started),
  };
}
