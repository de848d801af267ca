import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listPublishedArticlesByIds } from "@/lib/db/articles";
import { listActiveFeatures, listMostViewedRecentIds } from "@/lib/db/features";
import { listPublishedResourcesByIds } from "@/lib/db/resources";
import { createArticle } from "../../factories/articles";
import { createResource } from "../../factories/resources";
import { createZone } from "../../factories/zones";

const HOUR = 3_600_000;

// Curation as readers see it: the editors' order, only entries live now, unpublished articles
// dropped, and the most-viewed recent articles standing in when nothing is curated.
describe("curated sections", () => {
  const now = new Date(Date.UTC(2026, 5, 15, 12));
  let zoneId: number;
  let categoryId: number;
  let ids: number[];

  beforeAll(async () => {
    const zone = await createZone();
    zoneId = zone.id;
    categoryId = zone.categoryId;
    const base = Date.UTC(2026, 5, 1);
    const views = [5, 50, 20, 0, 90];
    ids = [];
    for (const [i, viewCount] of views.entries()) {
      const article = await createArticle({
        zoneId,
        status: "PUBLISHED",
        publishedAt: new Date(base + i * HOUR),
        viewCount,
      });
      ids.push(article.id);
    }
  });

  async function feature(
    articleId: number,
    position: number,
    window: { startsAt?: Date; endsAt?: Date } = {},
  ) {
    await db.feature.create({
      data: { slot: "FEATURED", scope: "CATEGORY", scopeId: categoryId, articleId, position, ...window },
    });
  }

  it("lists the live entries of a slot in the editors' order", async () => {
    const [a, b, c, d] = ids as [number, number, number, number];
    await feature(c, 2);
    await feature(a, 0);
    await feature(b, 1, { startsAt: new Date(now.getTime() + HOUR) }); // not started yet
    await feature(d, 3, { endsAt: new Date(now.getTime() - HOUR) }); // already over
    const refs = await listActiveFeatures({
      slot: "FEATURED",
      scope: "CATEGORY",
      scopeId: categoryId,
      now,
      limit: 10,
    });
    expect(refs.map((r) => r.articleId)).toEqual([a, c]);

    const later = new Date(now.getTime() + 2 * HOUR);
    const refsLater = await listActiveFeatures({
      slot: "FEATURED",
      scope: "CATEGORY",
      scopeId: categoryId,
      now: later,
      limit: 10,
    });
    expect(refsLater.map((r) => r.articleId)).toEqual([a, b, c]);
  });

  it("keeps other slots and scopes apart", async () => {
    const refs = await listActiveFeatures({
      slot: "SPOTLIGHT",
      scope: "CATEGORY",
      scopeId: categoryId,
      now,
      limit: 10,
    });
    expect(refs).toEqual([]);
    const zoneRefs = await listActiveFeatures({
      slot: "FEATURED",
      scope: "ZONE",
      scopeId: zoneId,
      now,
      limit: 10,
    });
    expect(zoneRefs).toEqual([]);
  });

  it("drops a curated article once it is no longer published, keeping the order of the rest", async () => {
    const [a, , c, , e] = ids as [number, number, number, number, number];
    await db.article.update({ where: { id: c }, data: { status: "ARCHIVED" } });
    try {
      const articles = await listPublishedArticlesByIds([e, c, a]);
      expect(articles.map((x) => x.id)).toEqual([e, a]);
    } finally {
      await db.article.update({ where: { id: c }, data: { status: "PUBLISHED" } });
    }
  });

  it("falls back to the most-viewed of the newest articles, never drafts", async () => {
    await createArticle({ zoneId, status: "DRAFT", viewCount: 10_000 });
    await createArticle({ zoneId, status: "SUBMITTED", viewCount: 10_000, scheduledFor: now });
    const [, b, c, , e] = ids as [number, number, number, number, number];
    expect(await listMostViewedRecentIds({ zoneId }, 100, 3)).toEqual([e, b, c]);
    expect(await listMostViewedRecentIds({ categoryId }, 100, 2, [e])).toEqual([b, c]);
    // Only the newest `window` articles are considered: the two newest are e (90) and d (0).
    expect(await listMostViewedRecentIds({ zoneId }, 2, 3)).toEqual([e, ids[3]]);
  });

  it("reads curated resources in the editors' order, never unpublished ones", async () => {
    const trendReport = await createResource({ kind: "TREND_REPORT", zoneIds: [zoneId] });
    const refcard = await createResource({ zoneIds: [zoneId] });
    const scheduled = await createResource({
      zoneIds: [zoneId],
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    const draft = await createResource({ zoneIds: [zoneId], publishedAt: null });
    const resources = await listPublishedResourcesByIds([refcard.id, draft.id, scheduled.id, trendReport.id]);
    expect(resources.map((r) => r.id)).toEqual([refcard.id, trendReport.id]);
    expect(resources[0]?.number).toBe(refcard.number);
  });
});
