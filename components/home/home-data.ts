import { cacheLife, cacheTag } from "next/cache";
import { listLatestArticles, listPublishedArticlesByIds, type ArticleSummary } from "@/lib/db/articles";
import { listActiveFeatures, listMostViewedRecentIds } from "@/lib/db/features";
import { TAGS } from "@/lib/cache/tags";

const SPOTLIGHT_SIZE = 4;

export interface Spotlight {
  articles: ArticleSummary[];
  /** False when nothing is curated and the most-viewed recent articles stand in. */
  curated: boolean;
}

/**
 * The home Spotlight: the live SITE/SPOTLIGHT entries in the editors' order, or, when none is
 * live, the most-viewed of the newest articles, so the section is never empty while content exists.
 */
export async function getSpotlight(): Promise<Spotlight> {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.home, TAGS.features, TAGS.articles);
  const refs = await listActiveFeatures({
    slot: "SPOTLIGHT",
    scope: "SITE",
    scopeId: null,
    now: new Date(),
    limit: SPOTLIGHT_SIZE,
  });
  const curated = await listPublishedArticlesByIds(refs.flatMap((r) => r.articleId ?? []));
  if (curated.length > 0) return { articles: curated, curated: true };
  const ids = await listMostViewedRecentIds({}, 50, SPOTLIGHT_SIZE);
  return { articles: await listPublishedArticlesByIds(ids), curated: false };
}

/** "More Articles": the newest articles that are not already in the Spotlight. */
export async function getMoreArticles(limit: number, excludeIds: number[]): Promise<ArticleSummary[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.home, TAGS.articles);
  const latest = await listLatestArticles(limit + excludeIds.length);
  const excluded = new Set(excludeIds);
  return latest.filter((a) => !excluded.has(a.id)).slice(0, limit);
}

/** The UTC date shown over the Spotlight; cached briefly so a cached home page stays current. */
export async function getToday(): Promise<Date> {
  "use cache";
  cacheLife("minutes");
  return new Date();
}
