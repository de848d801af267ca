import { cacheLife, cacheTag } from "next/cache";
import { listPublishedArticlesByIds, type ArticleSummary } from "@/lib/db/articles";
import { listActiveFeatures, listMostViewedRecentIds } from "@/lib/db/features";
import { listPublishedResourcesByIds, type ResourceSummary } from "@/lib/db/resources";
import type { FeedScope } from "@/lib/db/articles";
import { TAGS } from "@/lib/cache/tags";

const FEATURED_SIZE = 3;
/** How many of a scope's newest articles the most-viewed fallback looks at. */
const FALLBACK_WINDOW = 100;

export interface Featured {
  articles: ArticleSummary[];
  /** Curated Refcards and Trend Reports (zones feature them too), in the editors' order. */
  resources: ResourceSummary[];
  /** False when nothing is curated and the most-viewed recent articles stand in. */
  curated: boolean;
}

/** The live FEATURED entries of a category or zone, else the scope's most-viewed recent articles. */
async function featuredIn(scope: "CATEGORY" | "ZONE", scopeId: number): Promise<Featured> {
  const refs = await listActiveFeatures({
    slot: "FEATURED",
    scope,
    scopeId,
    now: new Date(),
    limit: FEATURED_SIZE * 2,
  });
  const [articles, resources] = await Promise.all([
    listPublishedArticlesByIds(refs.flatMap((r) => r.articleId ?? [])),
    listPublishedResourcesByIds(refs.flatMap((r) => r.resourceId ?? [])),
  ]);
  if (articles.length > 0) return { articles, resources, curated: true };
  // Curated resources alone still leave the article row to the fallback.
  const fallbackScope: FeedScope = scope === "CATEGORY" ? { categoryId: scopeId } : { zoneId: scopeId };
  const ids = await listMostViewedRecentIds(fallbackScope, FALLBACK_WINDOW, FEATURED_SIZE);
  return { articles: await listPublishedArticlesByIds(ids), resources, curated: false };
}

/** "Featured <category> Resources" and the category's curated premium content. */
export async function getCategoryFeatured(categoryId: number, slug: string): Promise<Featured> {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.features, TAGS.articles, TAGS.resources, TAGS.category(slug));
  return featuredIn("CATEGORY", categoryId);
}

/** A zone's featured articles and curated premium content. */
export async function getZoneFeatured(zoneId: number, slug: string): Promise<Featured> {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.features, TAGS.articles, TAGS.resources, TAGS.zone(slug));
  return featuredIn("ZONE", zoneId);
}
