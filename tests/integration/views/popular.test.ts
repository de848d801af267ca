import { beforeAll, describe, expect, it } from "vitest";
import { loadPopular } from "@/components/home/popular-data";
import { db } from "@/lib/db/client";
import {
  listMostViewedArticles,
  listMostViewedZones,
  listPopularArticles,
  listPopularZones,
} from "@/lib/db/popular";
import { createArticle } from "../../factories/articles";
import { createZone } from "../../factories/zones";

// "Popular this week" ranks published articles and zones by the views of the last seven UTC
// days. The run's database is shared, so the window is placed in 2077, where only this
// file's rows live, and all-time assertions use view counts no other test reaches.

const NOW = new Date(Date.UTC(2077, 2, 15, 1, 30)); // 01:30 UTC: still Mar 14 in São Paulo
const day = (offset: number) => new Date(Date.UTC(2077, 2, 15 + offset));

async function addViews(articleId: number, views: Record<number, number>): Promise<void> {
  await db.articleDailyView.createMany({
    data: Object.entries(views).map(([offset, count]) => ({ articleId, day: day(Number(offset)), count })),
  });
}

describe("popular articles and zones", () => {
  const ids: Record<string, number> = {};
  let zoneA: { slug: string; name: string };
  let zoneB: { slug: string; name: string };

  beforeAll(async () => {
    const a = await createZone();
    const b = await createZone({ categoryId: a.categoryId });
    zoneA = a;
    zoneB = b;
    const older = new Date(Date.UTC(2077, 0, 1));
    const newer = new Date(Date.UTC(2077, 1, 1));
    const make = async (
      name: string,
      zoneId: number,
      status: "PUBLISHED" | "DRAFT" | "ARCHIVED",
      at = older,
    ) => {
      ids[name] = (await createArticle({ zoneId, status, publishedAt: status === "DRAFT" ? null : at })).id;
    };
    await make("top", a.id, "PUBLISHED");
    await make("tieOld", a.id, "PUBLISHED", older);
    await make("tieNew", b.id, "PUBLISHED", newer);
    await make("stale", b.id, "PUBLISHED");
    await make("draft", b.id, "DRAFT");
    await make("archived", b.id, "ARCHIVED");

    // Today is offset 0; the window is offsets -6…0.
    await addViews(ids.top as number, { 0: 30, [-6]: 20 }); // 50, the oldest day still counts
    await addViews(ids.tieOld as number, { [-1]: 12 });
    await addViews(ids.tieNew as number, { [-3]: 5, [-2]: 7 }); // 12 as well: newer wins the tie
    await addViews(ids.stale as number, { [-7]: 900, [-30]: 900, 1: 900 }); // outside: too old / future
    await addViews(ids.draft as number, { 0: 1000 });
    await addViews(ids.archived as number, { 0: 1000 });
  });

  it("ranks this week's published articles by views, the newer article first on a tie", async () => {
    const popular = await listPopularArticles({ days: 7, limit: 10, now: NOW });
    expect(popular.map((p) => [p.id, p.periodViews])).toEqual([
      [ids.top, 50],
      [ids.tieNew, 12],
      [ids.tieOld, 12],
    ]);
    // The ArticleSummary shape the feeds use, so the same cards can render it.
    expect(popular[0]).toMatchObject({ zone: { slug: zoneA.slug, name: zoneA.name }, viewCount: 0 });
    expect(popular[0]?.author?.username).toEqual(expect.any(String));
    expect(popular[0]?.publishedAt).toBeInstanceOf(Date);
  });

  it("honours the limit and the window length", async () => {
    expect((await listPopularArticles({ days: 7, limit: 1, now: NOW })).map((p) => p.id)).toEqual([ids.top]);
    // A one-day window holds only today's rows.
    const today = await listPopularArticles({ days: 1, limit: 10, now: NOW });
    expect(today.map((p) => [p.id, p.periodViews])).toEqual([[ids.top, 30]]);
  });

  it("ranks zones by their published articles' views this week", async () => {
    const zones = await listPopularZones({ days: 7, limit: 10, now: NOW });
    // Zone A: 50 + 12; zone B: 12 (its draft, archived and stale views do not count).
    expect(zones).toEqual([
      { slug: zoneA.slug, name: zoneA.name, views: 62 },
      { slug: zoneB.slug, name: zoneB.name, views: 12 },
    ]);
  });

  it("returns nothing for a week nobody read anything", async () => {
    const quiet = new Date(Date.UTC(2077, 5, 1));
    expect(await listPopularArticles({ days: 7, limit: 5, now: quiet })).toEqual([]);
    expect(await listPopularZones({ days: 7, limit: 5, now: quiet })).toEqual([]);
  });

  it("falls back to the all-time most-viewed published articles when the week is empty", async () => {
    // Far above anything other tests record; the draft's count must not let it in.
    await db.article.update({ where: { id: ids.stale }, data: { viewCount: 1_500_000_000 } });
    await db.article.update({ where: { id: ids.tieOld }, data: { viewCount: 1_400_000_000 } });
    await db.article.update({ where: { id: ids.tieNew }, data: { viewCount: 1_000_000_000 } });
    await db.article.update({ where: { id: ids.draft }, data: { viewCount: 2_000_000_000 } });

    const allTime = await listMostViewedArticles(2);
    expect(allTime.map((a) => [a.id, a.periodViews])).toEqual([
      [ids.stale, 1_500_000_000],
      [ids.tieOld, 1_400_000_000],
    ]);
    // Summed past INTEGER's range without overflowing.
    expect((await listMostViewedZones(2)).slice(0, 2)).toEqual([
      { slug: zoneB.slug, name: zoneB.name, views: 2_500_000_000 },
      { slug: zoneA.slug, name: zoneA.name, views: 1_400_000_000 },
    ]);

    const quiet = await loadPopular(new Date(Date.UTC(2077, 5, 1)));
    expect(quiet.period).toBe("all-time");
    expect(quiet.articles.slice(0, 2).map((a) => a.id)).toEqual([ids.stale, ids.tieOld]);
    expect(quiet.zones[0]?.slug).toBe(zoneB.slug);

    const busy = await loadPopular(NOW);
    expect(busy.period).toBe("week");
    expect(busy.articles[0]?.id).toBe(ids.top);
  });
});
