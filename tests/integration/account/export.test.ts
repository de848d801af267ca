import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { exportAccountData } from "@/lib/db/account-export";
import { db } from "@/lib/db/client";
import { likeArticle } from "@/lib/db/likes";
import { createArticle } from "@/tests/factories/articles";
import { createUser } from "@/tests/factories/users";

describe("exportAccountData", () => {
  it("contains the profile without secrets, every article with its markdown, likes and subscriptions", async () => {
    const member = await createUser({
      passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$secret-salt$secret-hash",
      bio: "Writes *a lot*.",
      bioHtml: "<p>Writes <em>a lot</em>.</p>",
    });
    const published = await createArticle({
      authorId: member.id,
      status: "PUBLISHED",
      bodyMarkdown: "# Title\n\nBody with `code`.",
    });
    const draft = await createArticle({ authorId: member.id, status: "DRAFT", bodyMarkdown: "Unfinished." });
    const tag = await db.tag.create({ data: { slug: `tag-${randomBytes(3).toString("hex")}`, name: "Tag" } });
    await db.articleTag.create({ data: { articleId: published.id, tagId: tag.id } });
    const liked = await createArticle({ status: "PUBLISHED" });
    await likeArticle(member.id, liked.id);
    await db.apiToken.create({
      data: { userId: member.id, name: "cli", tokenHash: randomBytes(16).toString("hex") },
    });
    await db.subscription.create({
      data: {
        email: member.email,
        userId: member.id,
        target: "ZONE",
        targetId: published.zoneId,
        frequency: "DAILY",
        unsubscribeTokenHash: randomBytes(16).toString("hex"),
      },
    });

    const data = await exportAccountData(member.id);

    expect(data?.profile).toMatchObject({
      id: member.id,
      email: member.email,
      username: member.username,
      bio: "Writes *a lot*.",
      hasPassword: true,
      joinedAt: member.createdAt.toISOString(),
    });
    const text = JSON.stringify(data);
    expect(text).not.toContain("argon2id");
    expect(text).not.toContain("secret-hash");
    expect(text).not.toMatch(/tokenHash|passwordHash/);

    expect(data?.articles.map((a) => [a.slug, a.status, a.bodyMarkdown])).toEqual([
      [published.slug, "PUBLISHED", "# Title\n\nBody with `code`."],
      [draft.slug, "DRAFT", "Unfinished."],
    ]);
    expect(data?.articles[0]).toMatchObject({
      tags: [tag.slug],
      publishedAt: published.publishedAt?.toISOString(),
    });
    expect(data?.likes).toEqual([{ article: liked.slug, title: liked.title, likedAt: expect.any(String) }]);
    expect(data?.subscriptions).toEqual([
      expect.objectContaining({
        email: member.email,
        target: "ZONE",
        targetId: published.zoneId,
        frequency: "DAILY",
      }),
    ]);
    // The download is plain JSON that survives a round trip.
    expect(JSON.parse(text)).toEqual(data);
  });

  it("returns null for an account that does not exist", async () => {
    expect(await exportAccountData(2_000_000_000)).toBeNull();
  });
});
