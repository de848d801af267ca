import "server-only";
import { db } from "./client";

/** A member's like of an article and the article's count right after the change (or read). */
export interface LikeState {
  liked: boolean;
  likeCount: number;
}

/** A like or unlike; `changed` is false when it was already so (nothing to invalidate). */
export interface LikeChange extends LikeState {
  changed: boolean;
}

// Each write is ONE statement whose data-modifying CTEs run in one implicit transaction: the
// ArticleLike row is inserted (or deleted) with RETURNING, and Article.likeCount moves only
// when that returned a row. So the count changes exactly when the set of likes does and can
// never drift, however many like/unlike requests race:
// - two likes by the same member: the second INSERT waits on the first's key, then does nothing;
// - two unlikes: the second DELETE waits on the row lock, then finds nothing to delete;
// - likes by different members: each `likeCount + 1` re-reads the latest committed row.
// A single statement holds the Article row lock for one round trip instead of a whole
// interactive transaction, and needs no extra pool connection while waiting.
// Raw SQL on purpose: a like is not an edit, so updatedAt (Prisma's @updatedAt) and version stay.
//
// FOR KEY SHARE keeps the article from being deleted under us (a concurrent delete makes the
// row vanish cleanly: "not found" instead of a foreign-key error) without blocking other likes.

/**
 * Likes a PUBLISHED article for `userId` (a second like changes nothing).
 * Returns null when the article does not exist or is not published.
 */
export async function likeArticle(userId: number, articleId: number): Promise<LikeChange | null> {
  const rows = await db.$queryRaw<{ likeCount: number; changed: boolean }[]>`
    WITH article AS (
      SELECT id, "likeCount" FROM "Article"
      WHERE id = ${articleId}::int AND status = 'PUBLISHED'
      FOR KEY SHARE
    ), inserted AS (
      INSERT INTO "ArticleLike" ("userId", "articleId")
      SELECT ${userId}::int, id FROM article
      ON CONFLICT ("userId", "articleId") DO NOTHING
      RETURNING "articleId"
    ), counted AS (
      UPDATE "Article" a SET "likeCount" = a."likeCount" + 1
      FROM inserted i WHERE a.id = i."articleId"
      RETURNING a."likeCount"
    )
    SELECT COALESCE((SELECT "likeCount" FROM counted), article."likeCount") AS "likeCount",
      EXISTS (SELECT 1 FROM counted) AS changed
    FROM article`;
  const row = rows[0];
  return row ? { liked: true, likeCount: row.likeCount, changed: row.changed } : null;
}

/**
 * Removes `userId`'s like of a PUBLISHED article (unliking twice changes nothing).
 * Returns null when the article does not exist or is not published.
 */
export async function unlikeArticle(userId: number, articleId: number): Promise<LikeChange | null> {
  const rows = await db.$queryRaw<{ likeCount: number; changed: boolean }[]>`
    WITH article AS (
      SELECT id, "likeCount" FROM "Article"
      WHERE id = ${articleId}::int AND status = 'PUBLISHED'
      FOR KEY SHARE
    ), removed AS (
      DELETE FROM "ArticleLike" l
      USING article
      WHERE l."userId" = ${userId}::int AND l."articleId" = article.id
      RETURNING l."articleId"
    ), counted AS (
      UPDATE "Article" a SET "likeCount" = a."likeCount" - 1
      FROM removed r WHERE a.id = r."articleId"
      RETURNING a."likeCount"
    )
    SELECT COALESCE((SELECT "likeCount" FROM counted), article."likeCount") AS "likeCount",
      EXISTS (SELECT 1 FROM counted) AS changed
    FROM article`;
  const row = rows[0];
  return row ? { liked: false, likeCount: row.likeCount, changed: row.changed } : null;
}

/**
 * The current count of a PUBLISHED article and whether `userId` (null: signed out) likes it.
 * Null when the article does not exist or is not published.
 */
export async function getLikeState(userId: number | null, articleId: number): Promise<LikeState | null> {
  const article = await db.article.findFirst({
    where: { id: articleId, status: "PUBLISHED" },
    select: {
      likeCount: true,
      // The primary key (userId, articleId) answers this with one index probe.
      likes: userId === null ? false : { where: { userId }, select: { userId: true }, take: 1 },
    },
  });
  if (!article) return null;
  return { liked: (article.likes?.length ?? 0) > 0, likeCount: article.likeCount };
}
