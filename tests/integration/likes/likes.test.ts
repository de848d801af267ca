import { beforeAll, describe, expect, it, vi } from "vitest";

// 50 concurrent calls should reach Postgres together, not queue behind the default pool of 10.
vi.hoisted(() => {
  process.env.DATABASE_POOL_SIZE = "50";
});

import { db } from "@/lib/db/client";
import { getLikeState, likeArticle, unlikeArticle } from "@/lib/db/likes";
import { createArticle } from "../../factories/articles";
import { createUser } from "../../factories/users";
import { createZone } from "../../factories/zones";

// One like per member per article, and Article.likeCount always equal to the number of likes,
// whatever order like and unlike requests arrive in.

async function countsOf(articleId: number) {
  const [article, rows] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: articleId }, select: { likeCount: true } }),
    db.articleLike.count({ where: { articleId } }),
  ]);
  return { likeCount: article.likeCount, rows };
}

describe("likes", () => {
  let zoneId: number;
  let member: number;
  beforeAll(async () => {
    zoneId = (await createZone()).id;
    member = (await createUser()).id;
  });
  const published = () => createArticle({ zoneId, status: "PUBLISHED" });

  it("counts a member's like once, however often they like", async () => {
    const article = await published();
    expect(await likeArticle(member, article.id)).toEqual({ liked: true, likeCount: 1, changed: true });
    expect(await likeArticle(member, article.id)).toEqual({ liked: true, likeCount: 1, changed: false });
    expect(await countsOf(article.id)).toEqual({ likeCount: 1, rows: 1 });
    expect(await getLikeState(member, article.id)).toEqual({ liked: true, likeCount: 1 });
  });

  it("unlikes once, and never takes the count below the likes left", async () => {
    const article = await published();
    const other = (await createUser()).id;
    await likeArticle(member, article.id);
    await likeArticle(other, article.id);
    expect(await unlikeArticle(member, article.id)).toEqual({ liked: false, likeCount: 1, changed: true });
    expect(await unlikeArticle(member, article.id)).toEqual({ liked: false, likeCount: 1, changed: false });
    expect(await countsOf(article.id)).toEqual({ likeCount: 1, rows: 1 });
    // Unliking an article never liked changes nothing either.
    const untouched = await published();
    expect(await unlikeArticle(member, untouched.id)).toEqual({ liked: false, likeCount: 0, changed: false });
  });

  it("tells each member their own state, and signed-out readers the count only", async () => {
    const article = await published();
    const other = (await createUser()).id;
    await likeArticle(member, article.id);
    expect(await getLikeState(member, article.id)).toEqual({ liked: true, likeCount: 1 });
    expect(await getLikeState(other, article.id)).toEqual({ liked: false, likeCount: 1 });
    expect(await getLikeState(null, article.id)).toEqual({ liked: false, likeCount: 1 });
  });

  it("keeps the count equal to the likes after 50 members like and unlike at once", async () => {
    const article = await published();
    const members = await Promise.all(Array.from({ length: 50 }, () => createUser()));
    // The first 20 liked beforehand, so some unlikes remove a like and some find none.
    for (const m of members.slice(0, 20)) await likeArticle(m.id, article.id);

    // Even-numbered members like, odd ones unlike: afterwards exactly the even ones like it.
    const results = await Promise.all(
      members.map((m, i) => (i % 2 === 0 ? likeArticle(m.id, article.id) : unlikeArticle(m.id, article.id))),
    );
    expect(await countsOf(article.id)).toEqual({ likeCount: 25, rows: 25 });
    const likers = await db.articleLike.findMany({
      where: { articleId: article.id },
      select: { userId: true },
    });
    expect(new Set(likers.map((l) => l.userId))).toEqual(
      new Set(members.filter((_, i) => i % 2 === 0).map((m) => m.id)),
    );
    // Changes: 15 new likes (evens from 20 on) and 10 removed (odds below 20).
    expect(results.filter((r) => r?.changed).length).toBe(25);

    // Then each member races a like against an unlike: whoever wins, count and rows agree.
    await Promise.all(
      members.flatMap((m) => [likeArticle(m.id, article.id), unlikeArticle(m.id, article.id)]),
    );
    const after = await countsOf(article.id);
    expect(after.likeCount).toBe(after.rows);
  });

  it("keeps one member's count at 0 or 1 under 50 concurrent likes and unlikes", async () => {
    const article = await published();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2 === 0 ? likeArticle(member, article.id) : unlikeArticle(member, article.id),
      ),
    );
    const after = await countsOf(article.id);
    expect(after.rows).toBeLessThanOrEqual(1);
    expect(after.likeCount).toBe(after.rows);
    // Every change was a real like or unlike, alternating: as many of each, give or take the last.
    const likes = results.filter((r) => r?.changed && r.liked).length;
    const unlikes = results.filter((r) => r?.changed && !r.liked).length;
    expect(likes - unlikes).toBe(after.rows);
  });

  it("cannot like or unlike an article that is not published, nor an unknown one", async () => {
    for (const status of ["DRAFT", "SUBMITTED", "REJECTED"] as const) {
      const article = await createArticle({ zoneId, status });
      expect(await likeArticle(member, article.id)).toBeNull();
      expect(await getLikeState(member, article.id)).toBeNull();
      expect(await countsOf(article.id)).toEqual({ likeCount: 0, rows: 0 });
    }
    // Liked while published, then unpublished: the like stays but can no longer be changed.
    const archived = await published();
    await likeArticle(member, archived.id);
    await db.article.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
    expect(await unlikeArticle(member, archived.id)).toBeNull();
    expect(await countsOf(archived.id)).toEqual({ likeCount: 1, rows: 1 });

    const missing = (await db.article.aggregate({ _max: { id: true } }))._max.id! + 1000;
    expect(await likeArticle(member, missing)).toBeNull();
    expect(await unlikeArticle(member, missing)).toBeNull();
  });

  it("is not an edit: updatedAt and the version stay as they were", async () => {
    const article = await published();
    const before = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      select: { updatedAt: true, version: true },
    });
    await likeArticle(member, article.id);
    await unlikeArticle(member, article.id);
    await likeArticle(member, article.id);
    const after = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      select: { updatedAt: true, version: true, likeCount: true },
    });
    expect(after).toEqual({ ...before, likeCount: 1 });
  });
});
