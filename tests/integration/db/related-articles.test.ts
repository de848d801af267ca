import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listRelatedArticles } from "@/lib/db/related-articles";
import { listZoneDirectory } from "@/lib/db/zones";
import type { Article } from "@/lib/db/generated/client";
import { createArticle } from "@/tests/factories/articles";
import { uniqueSuffix } from "@/tests/factories/unique";
import { createCategory, createZone } from "@/tests/factories/zones";

async function createTags(count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const n = uniqueSuffix();
    ids.push((await db.tag.create({ data: { slug: `tag-${n}`, name: `Tag ${n}` } })).id);
  }
  return ids;
}

async function tag(article: Article, tagIds: number[]): Promise<void> {
  await db.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId: article.id, tagId })) });
}

const minutesAfter = (base: number, minutes: number) => new Date(base + minutes * 60_000);

// "More from this zone" under an article: same zone only, closest by shared tags, then newest.
describe("listRelatedArticles", () => {
  const base = Date.UTC(2026, 2, 1);
  let zoneId: number;
  let tagIds: number[];
  let source: Article;
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    const zone = await createZone();
    zoneId = zone.id;
    tagIds = await createTags(3);
    const [t1, t2, t3] = tagIds as [number, number, number];
    const published = (name: string, minutes: number) =>
      createArticle({ zoneId, status: "PUBLISHED", publishedAt: minutesAfter(base, minutes) }).then((a) => {
        slugs[name] = a.slug;
        return a;
      });

    source = await published("source", 100);
    await tag(source, [t1, t2, t3]);
    await tag(await published("threeShared", 1), [t1, t2, t3]);
    await tag(await published("twoSharedOld", 2), [t1, t2]);
    await tag(await published("twoSharedNew", 50), [t2, t3]);
    await tag(await published("oneShared", 90), [t3]);
    await published("noneShared", 95);

    // Sharing every tag but never public, or in another zone: must never be suggested.
    for (const status of ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED"] as const) {
      await tag(await createArticle({ zoneId, status, publishedAt: minutesAfter(base, 99) }), tagIds);
    }
    await tag(
      await createArticle({ zoneId, status: "SUBMITTED", scheduledFor: minutesAfter(base, 200) }),
      tagIds,
    );
    await tag(await createArticle({ status: "PUBLISHED", publishedAt: minutesAfter(base, 99) }), tagIds);
  });

  const related = (limit: number) =>
    listRelatedArticles({ id: source.id, zoneId, tagIds }, limit).then((list) => list.map((a) => a.slug));

  it("ranks same-zone articles by shared tags, then newest, and fills with untagged ones", async () => {
    expect(await related(10)).toEqual([
      slugs.threeShared,
      slugs.twoSharedNew,
      slugs.twoSharedOld,
      slugs.oneShared,
      slugs.noneShared,
    ]);
  });

  it("respects the limit", async () => {
    expect(await related(2)).toEqual([slugs.threeShared, slugs.twoSharedNew]);
  });

  it("never returns the article itself, other zones or unpublished articles", async () => {
    const list = await listRelatedArticles({ id: source.id, zoneId, tagIds }, 50);
    expect(list.map((a) => a.slug)).not.toContain(source.slug);
    expect(list).toHaveLength(5);
    expect(list.every((a) => a.zone.slug === list[0]?.zone.slug)).toBe(true);
  });

  it("falls back to the newest articles of the zone for an untagged article", async () => {
    expect(await listRelatedArticles({ id: source.id, zoneId, tagIds: [] }, 2)).toMatchObject([
      { slug: slugs.noneShared },
      { slug: slugs.oneShared },
    ]);
  });
});

describe("listZoneDirectory", () => {
  it("groups zones under their category with published-article counts", async () => {
    const category = await createCategory({ position: -1000 });
    const busy = await createZone({ categoryId: category.id, position: 1, name: `Busy ${uniqueSuffix()}` });
    const quiet = await createZone({ categoryId: category.id, position: 2 });
    await createArticle({ zoneId: busy.id, status: "PUBLISHED" });
    await createArticle({ zoneId: busy.id, status: "PUBLISHED" });
    await createArticle({ zoneId: busy.id, status: "DRAFT" });
    await createArticle({ zoneId: quiet.id, status: "ARCHIVED" });
    const empty = await createCategory({ position: -999 });

    const directory = await listZoneDirectory();
    const entry = directory.find((c) => c.slug === category.slug);
    expect(entry).toEqual({
      slug: category.slug,
      name: category.name,
      description: category.description,
      zones: [
        { slug: busy.slug, name: busy.name, description: busy.description, articleCount: 2 },
        { slug: quiet.slug, name: quiet.name, description: quiet.description, articleCount: 0 },
      ],
    });
    expect(directory.find((c) => c.slug === empty.slug)?.zones).toEqual([]);
    // Menu order: lower position first.
    expect(directory.findIndex((c) => c.slug === category.slug)).toBeLessThan(
      directory.findIndex((c) => c.slug === empty.slug),
    );
  });
});
