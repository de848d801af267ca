import "server-only";
import { listPublishedArticlesByIds, type ArticleSummary } from "./articles";
import { readDb } from "./client";

/** Newest articles of each tag that are considered; bounds the work on popular tags. */
const RELATED_CANDIDATES_PER_TAG = 200;
/** Tags of the article that are considered (articles carry a handful; this is a safety cap). */
const RELATED_MAX_TAGS = 10;
/** Newest articles of the zone compared word by word when too few share a tag. */
const RELATED_CANDIDATES_BY_WORDS = 500;

/**
 * Up to `limit` published articles of the article's zone, most shared tags first, then newest;
 * never the article itself. Articles that share no tag fill the remaining places: first those
 * whose title or summary shares words with this article's title (the best ts_rank first), then
 * the newest of the zone.
 *
 * Cheap on large tables: each tag contributes only its RELATED_CANDIDATES_PER_TAG newest
 * articles (a backward index-only walk of ArticleTag (tagId, articleId); ids grow with time),
 * which are then filtered to the zone and PUBLISHED through the primary key. Bounding before
 * the zone filter keeps the planner on that walk (filtering first made it hash-join every
 * article of the zone: ~1 s instead of ~50 ms on 100k articles). The price: an old article
 * sharing many tags may lose its place to newer ones. The word fill compares the zone's newest
 * RELATED_CANDIDATES_BY_WORDS articles through their small "searchHead" vectors (no body is
 * read); it and the last fill walk the (zoneId, status, publishedAt, id) index.
 */
export async function listRelatedArticles(
  article: { id: number; zoneId: number; tagIds: number[] },
  limit: number,
): Promise<ArticleSummary[]> {
  const tagIds = article.tagIds.slice(0, RELATED_MAX_TAGS);
  const ranked =
    tagIds.length === 0
      ? []
      : await readDb.$queryRaw<{ id: number }[]>`
          SELECT a.id
          FROM unnest(${tagIds}::int[]) AS t(tag_id)
          CROSS JOIN LATERAL (
            SELECT at."articleId"
            FROM "ArticleTag" at
            WHERE at."tagId" = t.tag_id
            ORDER BY at."articleId" DESC
            LIMIT ${RELATED_CANDIDATES_PER_TAG}
          ) c
          JOIN "Article" a ON a.id = c."articleId"
          WHERE a."zoneId" = ${article.zoneId} AND a.status = 'PUBLISHED' AND a.id <> ${article.id}
          GROUP BY a.id, a."publishedAt"
          ORDER BY count(*) DESC, a."publishedAt" DESC NULLS LAST, a.id DESC
          LIMIT ${limit}`;
  const ids = ranked.map((r) => r.id);
  if (ids.length < limit) {
    // Among the zone's newest articles, those sharing the most of the title's words ("kafka |
    // consum | group"): bounded like the tag walk, since a common word matches half the zone.
    const byWords = await readDb.$queryRaw<{ id: number }[]>`
      WITH source AS (
        SELECT replace(plainto_tsquery('english', title)::text, ' & ', ' | ')::tsquery AS words
        FROM "Article" WHERE id = ${article.id}
      ), recent AS (
        SELECT a.id, a."publishedAt", a."searchHead" FROM "Article" a
        WHERE a."zoneId" = ${article.zoneId} AND a.status = 'PUBLISHED'
        ORDER BY a."publishedAt" DESC, a.id DESC
        LIMIT ${RELATED_CANDIDATES_BY_WORDS}
      )
      SELECT r.id FROM recent r, source
      WHERE r.id <> ALL(${[article.id, ...ids]}::int[]) AND r."searchHead" @@ source.words
      ORDER BY ts_rank(r."searchHead", source.words) DESC, r."publishedAt" DESC NULLS LAST, r.id DESC
      LIMIT ${limit - ids.length}`;
    ids.push(...byWords.map((r) => r.id));
  }
  if (ids.length < limit) {
    const fill = await readDb.article.findMany({
      where: { zoneId: article.zoneId, status: "PUBLISHED", id: { notIn: [article.id, ...ids] } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit - ids.length,
      select: { id: true },
    });
    ids.push(...fill.map((r) => r.id));
  }
  return listPublishedArticlesByIds(ids);
}
