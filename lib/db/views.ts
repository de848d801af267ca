import "server-only";
import { db } from "./client";

/** One buffered count: `count` views of `articleId` on the UTC day `day` (`YYYY-MM-DD`). */
export interface ViewCountRow {
  articleId: number;
  day: string;
  count: number;
}

/**
 * Adds a flush's buffered views to Article.viewCount and ArticleDailyView in one transaction:
 * all of the batch is counted or none of it (so a failed flush can simply be retried).
 * Every write is additive (`count = count + n`), so instances flushing their own buffers at
 * the same time never overwrite each other. Views of articles that are not PUBLISHED (or no
 * longer exist) are dropped.
 */
export async function writeViewCounts(rows: readonly ViewCountRow[]): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.articleId);
  const days = rows.map((r) => r.day);
  const counts = rows.map((r) => r.count);
  const articleIds = [...new Set(ids)];

  await db.$transaction([
    // Lock the published articles in id order first: two instances flushing overlapping
    // batches then queue behind each other instead of deadlocking on each other's rows.
    db.$executeRaw`
      SELECT 1 FROM "Article"
      WHERE id = ANY(${articleIds}::int[]) AND status = 'PUBLISHED'
      ORDER BY id
      FOR UPDATE`,
    db.$executeRaw`
      INSERT INTO "ArticleDailyView" ("articleId", day, count)
      SELECT v."articleId", v.day, sum(v.n)::int
      FROM unnest(${ids}::int[], ${days}::date[], ${counts}::int[]) AS v("articleId", day, n)
      JOIN "Article" a ON a.id = v."articleId" AND a.status = 'PUBLISHED'
      GROUP BY v."articleId", v.day
      ON CONFLICT ("articleId", day) DO UPDATE SET count = "ArticleDailyView".count + EXCLUDED.count`,
    // Raw SQL on purpose: a view is not an edit, so updatedAt and version stay as they are.
    db.$executeRaw`
      UPDATE "Article" a SET "viewCount" = a."viewCount" + v.n
      FROM (
        SELECT "articleId", sum(n)::int AS n
        FROM unnest(${ids}::int[], ${counts}::int[]) AS t("articleId", n)
        GROUP BY "articleId"
      ) v
      WHERE a.id = v."articleId" AND a.status = 'PUBLISHED'`,
  ]);
}
