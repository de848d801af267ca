import { beforeAll, describe, expect, it } from "vitest";
import { listPublishedPage } from "@/lib/db/articles";
import { createArticle } from "../../factories/articles";
import { createZone } from "../../factories/zones";

// Feeds readers page through: only published articles, newest first, no gaps or repeats
// across page boundaries, and the same order for articles published at the same instant.
describe("published article feeds", () => {
  let zoneId: number;
  let categoryId: number;
  const publishedSlugs: string[] = []; // newest first

  beforeAll(async () => {
    const zone = await createZone();
    zoneId = zone.id;
    categoryId = zone.categoryId;
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 45; i++) {
      // Pairs share a publish time so the id tie-breaker decides their order.
      const publishedAt = new Date(base + Math.floor(i / 2) * 60_000);
      const article = await createArticle({ zoneId, status: "PUBLISHED", publishedAt });
      publishedSlugs.unshift(article.slug);
    }
    for (const status of ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "ARCHIVED"] as const) {
      await createArticle({ zoneId, status, publishedAt: new Date(base + 999 * 60_000) });
    }
    // Approved and scheduled for later: still SUBMITTED, never public before it is published.
    await createArticle({ zoneId, status: "SUBMITTED", scheduledFor: new Date(base + 60_000) });
  });

  it("pages through every published article exactly once, newest first", async () => {
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const { articles, total } = await listPublishedPage({ zoneId }, page, 20);
      expect(total).toBe(45);
      seen.push(...articles.map((a) => a.slug));
    }
    expect(seen).toEqual(publishedSlugs);
  });

  it("returns 20, 20 and 5 articles and nothing past the last page", async () => {
    const sizes = await Promise.all(
      [1, 2, 3, 4].map(async (p) => (await listPublishedPage({ zoneId }, p, 20)).articles.length),
    );
    expect(sizes).toEqual([20, 20, 5, 0]);
  });

  it("scopes by category through the zone's category", async () => {
    const { total, articles } = await listPublishedPage({ categoryId }, 1, 50);
    expect(total).toBe(45);
    expect(articles.every((a) => publishedSlugs.includes(a.slug))).toBe(true);
  });
});
