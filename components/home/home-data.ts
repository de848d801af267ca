import { cacheLife, cacheTag } from "next/cache";
import { listLatestArticles, listPublishedArticlesByIds, type ArticleSummary } from "@/lib/db/articles";
import { listActiveFeatures, listMostViewedRecentIds, nextFeatureChange } from "@/lib/db/features";
import { featureSlotTag, TAGS } from "@/lib/cache/tags";
import { curatedCacheLife } from "@/lib/curation/cache-life";
import { CURATION_SLOT_MAX, SHOWN_PER_PAGE } from "@/lib/curation/slots";

const SPOTLIGHT_SIZE = SHOWN_PER_PAGE.home.article;
const SPOTLIGHT = { slot: "SPOTLIGHT", scope: "SITE", scopeId: null } as const;

export interface Spotlight {
  articles: ArticleSummary[];
  /** False when nothing is curated and the most-viewed recent articles stand in. */
  curated: boolean;
}

/**
 * The home Spotlight: the live SITE/SPOTLIGHT entries in the editors' order, or, when none is
 * live, the most-viewed of the newest articles, so the section is never empty while content exists.
 * Cached until the next scheduled start or end of an entry at the latest.
 */
export async function getSpotlight(): Promise<Spotlight> {
  "use cache";
  cacheTag(TAGS.home, TAGS.features, featureSlotTag("home"), TAGS.articles);
  const now = new Date();
  const [refs, nextChange] = await Promise.all([
    // The whole slot, so an unpublished entry leaves its place to the next one.
    listActiveFeatures({ ...SPOTLIGHT, now, limit: CURATION_SLOT_MAX }),
    nextFeatureChange({ ...SPOTLIGHT, now }),
  ]);
  cacheLife(curatedCacheLife(nextChange, now));
  const curated = await listPublishedArticlesByIds(refs.flatMap((r) => r.articleId ?? []));
  if (curated.length > 0) return { articles: curated.slice(0, SPOTLIGHT_SIZE), curated: true };
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
