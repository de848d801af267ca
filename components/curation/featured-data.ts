import { cacheLife, cacheTag } from "next/cache";
import { listPublishedArticlesByIds, type ArticleSummary } from "@/lib/db/articles";
import { listActiveFeatures, listMostViewedRecentIds, nextFeatureChange } from "@/lib/db/features";
import { listPublishedResourcesByIds, type ResourceSummary } from "@/lib/db/resources";
import type { FeedScope } from "@/lib/db/articles";
import { featureSlotTag, TAGS } from "@/lib/cache/tags";
import { curatedCacheLife } from "@/lib/curation/cache-life";
import { CURATION_SLOT_MAX, SHOWN_PER_PAGE, slotKeyOf } from "@/lib/curation/slots";

const FEATURED_SIZE = SHOWN_PER_PAGE.category.article;
/** How many of a scope's newest articles the most-viewed fallback looks at. */
const FALLBACK_WINDOW = 100;

export interface Featured {
  articles: ArticleSummary[];
  /** Curated Refcards and Trend Reports (zones feature them too), in the editors' order. */
  resources: ResourceSummary[];
  /** False when nothing is curated and the most-viewed recent articles stand in. */
  curated: boolean;
}

/**
 * The live FEATURED entries of a category or zone, else the scope's most-viewed recent articles,
 * and when the slot next changes by itself (an entry's scheduled start or end).
 */
async function featuredIn(
  scope: "CATEGORY" | "ZONE",
  scopeId: number,
  now: Date,
): Promise<{ featured: Featured; nextChange: Date | null }> {
  const slot = { slot: "FEATURED", scope, scopeId } as const;
  // The whole slot, so an unpublished entry leaves its place to the next one.
  const [refs, nextChange] = await Promise.all([
    listActiveFeatures({ ...slot, now, limit: CURATION_SLOT_MAX }),
    nextFeatureChange({ ...slot, now }),
  ]);
  const [curatedArticles, resources] = await Promise.all([
    listPublishedArticlesByIds(refs.flatMap((r) => r.articleId ?? [])),
    listPublishedResourcesByIds(refs.flatMap((r) => r.resourceId ?? [])),
  ]);
  const articles = curatedArticles.slice(0, FEATURED_SIZE);
  if (articles.length > 0) return { featured: { articles, resources, curated: true }, nextChange };
  // Curated resources alone still leave the article row to the fallback.
  const fallbackScope: FeedScope = scope === "CATEGORY" ? { categoryId: scopeId } : { zoneId: scopeId };
  const ids = await listMostViewedRecentIds(fallbackScope, FALLBACK_WINDOW, FEATURED_SIZE);
  return {
    featured: { articles: await listPublishedArticlesByIds(ids), resources, curated: false },
    nextChange,
  };
}

/**
 * "Featured <category> Resources" and the category's curated premium content, cached until the
 * next scheduled start or end of an entry at the latest.
 */
export async function getCategoryFeatured(categoryId: number, slug: string): Promise<Featured> {
  "use cache";
  const key = slotKeyOf({ slot: "FEATURED", scope: "CATEGORY", scopeId: categoryId });
  cacheTag(TAGS.features, featureSlotTag(key), TAGS.articles, TAGS.resources, TAGS.category(slug));
  const now = new Date();
  const { featured, nextChange } = await featuredIn("CATEGORY", categoryId, now);
  cacheLife(curatedCacheLife(nextChange, now));
  return featured;
}

/** A zone's featured articles and curated premium content; cached like the category's. */
export async function getZoneFeatured(zoneId: number, slug: string): Promise<Featured> {
  "use cache";
  const key = slotKeyOf({ slot: "FEATURED", scope: "ZONE", scopeId: zoneId });
  cacheTag(TAGS.features, featureSlotTag(key), TAGS.articles, TAGS.resources, TAGS.zone(slug));
  const now = new Date();
  const { featured, nextChange } = await featuredIn("ZONE", zoneId, now);
  cacheLife(curatedCacheLife(nextChange, now));
  return featured;
}
