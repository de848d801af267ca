import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/db/account-delete";
import { db } from "@/lib/db/client";
import { likeArticle } from "@/lib/db/likes";
import { createArticle } from "@/tests/factories/articles";
import { createUser } from "@/tests/factories/users";

const token = () => randomBytes(16).toString("hex");

async function likeCount(articleId: number) {
  return (await db.article.findUniqueOrThrow({ where: { id: articleId } })).likeCount;
}

/** A member with a published article, a draft, a submission, two likes and some subscriptions. */
async function memberWithContent() {
  const member = await createUser({ passwordHash: "$argon2id$x" });
  const published = await createArticle({ authorId: member.id, status: "PUBLISHED" });
  const archived = await createArticle({ authorId: member.id, status: "ARCHIVED" });
  const draft = await createArticle({ authorId: member.id, status: "DRAFT" });
  const submitted = await createArticle({ authorId: member.id, status: "SUBMITTED" });
  const liked = [await createArticle({ status: "PUBLISHED" }), await createArticle({ status: "PUBLISHED" })];
  for (const article of liked) {
    const fan = await createUser();
    await likeArticle(fan.id, article.id);
    await likeArticle(member.id, article.id);
  }
  await db.account.create({
    data: { userId: member.id, type: "oauth", provider: "github", providerAccountId: token() },
  });
  await db.subscription.create({
    data: { email: member.email, userId: member.id, target: "NEWSLETTER", unsubscribeTokenHash: token() },
  });
  await db.subscription.create({
    data: { email: member.email, target: "ZONE", targetId: published.zoneId, unsubscribeTokenHash: token() },
  });
  const follower = await createUser();
  await db.subscription.create({
    data: {
      email: follower.email,
      userId: follower.id,
      target: "AUTHOR",
      targetId: member.id,
      unsubscribeTokenHash: token(),
    },
  });
  await db.upload.create({
    data: { ownerId: member.id, key: `avatars/${token()}.webp`, mimeType: "image/webp", size: 10 },
  });
  return { member, published, archived, draft, submitted, liked, follower };
}

describe("deleteAccount", () => {
  it("keeps published articles under 'former member' and removes unpublished work", async () => {
    const { member, published, archived, draft, submitted } = await memberWithContent();
    const result = await deleteAccount(member.id, "keep");

    expect(result?.username).toBe(member.username);
    expect(result?.keptArticleIds.sort()).toEqual([published.id, archived.id].sort());
    expect(result?.deletedArticleIds.sort()).toEqual([draft.id, submitted.id].sort());
    const kept = await db.article.findUniqueOrThrow({ where: { id: published.id } });
    expect(kept.authorId).toBeNull();
    expect(kept.status).toBe("PUBLISHED");
    // Losing the author is not an edit of the article.
    expect(kept.updatedAt).toEqual(published.updatedAt);
    expect(await db.article.count({ where: { id: { in: [draft.id, submitted.id] } } })).toBe(0);
    expect(await db.user.findUnique({ where: { id: member.id } })).toBeNull();
  });

  it("removes every article the member wrote when they choose to delete them", async () => {
    const { member, published, archived, draft, submitted } = await memberWithContent();
    const result = await deleteAccount(member.id, "delete");
    expect(result?.keptArticleIds).toEqual([]);
    const ids = [published.id, archived.id, draft.id, submitted.id];
    expect(result?.deletedArticleIds.sort()).toEqual(ids.sort());
    expect(await db.article.count({ where: { id: { in: ids } } })).toBe(0);
  });

  it("takes the member's likes off the like counts of the articles they liked", async () => {
    const { member, liked } = await memberWithContent();
    for (const article of liked) expect(await likeCount(article.id)).toBe(2);
    const result = await deleteAccount(member.id, "keep");
    for (const article of liked) {
      expect(await likeCount(article.id)).toBe(1);
      expect(await db.articleLike.count({ where: { articleId: article.id } })).toBe(1);
    }
    expect(result?.unlikedArticleIds.sort()).toEqual(liked.map((a) => a.id).sort());
  });

  it("removes links, subscriptions (theirs, under their email, and to them) and reports their uploads", async () => {
    const { member, follower } = await memberWithContent();
    const uploads = await db.upload.findMany({ where: { ownerId: member.id } });
    const result = await deleteAccount(member.id, "keep");
    expect(result?.uploadKeys).toEqual(uploads.map((u) => u.key));
    expect(await db.upload.count({ where: { key: { in: result!.uploadKeys } } })).toBe(0);
    expect(await db.account.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.subscription.count({ where: { email: member.email } })).toBe(0);
    expect(await db.subscription.count({ where: { target: "AUTHOR", targetId: member.id } })).toBe(0);
    // The follower's own account is untouched.
    expect(await db.user.findUnique({ where: { id: follower.id } })).not.toBeNull();
  });

  it("keeps like counts right when the member likes articles while the deletion runs", async () => {
    const { member } = await memberWithContent();
    const targets = await Promise.all(
      Array.from({ length: 5 }, () => createArticle({ status: "PUBLISHED" })),
    );
    await Promise.allSettled([
      deleteAccount(member.id, "keep"),
      ...targets.map((article) => likeArticle(member.id, article.id)),
    ]);
    for (const article of targets) {
      expect(await likeCount(article.id)).toBe(
        await db.articleLike.count({ where: { articleId: article.id } }),
      );
    }
    expect(await db.user.findUnique({ where: { id: member.id } })).toBeNull();
  });

  it("returns null for an account that no longer exists", async () => {
    const member = await createUser();
    await deleteAccount(member.id, "delete");
    expect(await deleteAccount(member.id, "delete")).toBeNull();
  });
});
