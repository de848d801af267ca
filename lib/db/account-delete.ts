import "server-only";
import { db } from "./client";
import type { ArticleStatus } from "./generated/client";

// Deleting an account. The member chooses what happens to their articles: "keep" leaves the
// published ones on the site under "Former member" (authorId = null, the foreign key's SET
// NULL), "delete" removes every article they wrote. Unpublished work (drafts, submissions,
// rejected) goes either way: nobody could ever edit, submit or withdraw it again.

export type ArticleChoice = "keep" | "delete";

/** Statuses readers have seen; with "keep" these stay, under "Former member". */
const KEPT_STATUSES: ArticleStatus[] = ["PUBLISHED", "ARCHIVED"];

export interface DeletedAccount {
  username: string;
  /** Articles that now show "Former member" instead of a byline. */
  keptArticleIds: number[];
  deletedArticleIds: number[];
  /** Articles whose like count went down by the member's like. */
  unlikedArticleIds: number[];
  /** Storage keys of the member's uploads (avatars), to delete once this committed. */
  uploadKeys: string[];
}

/**
 * Deletes member `userId` in one transaction. Like counts are kept true first: ArticleLike
 * rows cascade away with the user, which would otherwise leave each liked article's count one
 * too high. The user row is locked before anything is read, so a like, a rename or a second
 * delete running at the same time waits for this one instead of slipping past the count.
 * Account links, API tokens, likes and subscriptions cascade; subscriptions to this author
 * and those under the member's email without an account link are removed too.
 */
export async function deleteAccount(userId: number, choice: ArticleChoice): Promise<DeletedAccount | null> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<
      { id: number }[]
    >`SELECT id FROM "User" WHERE id = ${userId}::int FOR UPDATE`;
    if (locked.length === 0) return null;
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { username: true, email: true },
    });

    // Raw SQL, like lib/db/likes.ts: a like count changing is not an edit, so updatedAt stays.
    const unliked = await tx.$queryRaw<{ id: number }[]>`
      UPDATE "Article" a SET "likeCount" = a."likeCount" - 1
      FROM "ArticleLike" l
      WHERE l."articleId" = a.id AND l."userId" = ${userId}::int AND a."likeCount" > 0
      RETURNING a.id`;
    const unlikedArticleIds = unliked.map((row) => row.id);

    const written = await tx.article.findMany({
      where: { authorId: userId },
      select: { id: true, status: true },
    });
    const kept = choice === "keep" ? written.filter((a) => KEPT_STATUSES.includes(a.status)) : [];
    const deletedArticleIds = written.filter((a) => !kept.includes(a)).map((a) => a.id);
    await tx.article.deleteMany({ where: { id: { in: deletedArticleIds } } });

    const uploads = await tx.upload.findMany({ where: { ownerId: userId }, select: { key: true } });
    await tx.upload.deleteMany({ where: { ownerId: userId } });
    await tx.subscription.deleteMany({
      where: {
        OR: [
          { target: "AUTHOR", targetId: userId },
          { email: user.email, userId: null },
        ],
      },
    });
    await tx.user.delete({ where: { id: userId } });

    return {
      username: user.username,
      keptArticleIds: kept.map((a) => a.id),
      deletedArticleIds,
      unlikedArticleIds: unlikedArticleIds.filter((id) => !deletedArticleIds.includes(id)),
      uploadKeys: uploads.map((u) => u.key),
    };
  });
}
