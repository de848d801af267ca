import { cacheLife, cacheTag } from "next/cache";
import {
  getPublishedArticleBySlug,
  listZoneArticles,
  type ArticleDetail,
  type ArticleSummary,
} from "@/lib/db/articles";
import { getZoneBySlug, type ZoneDetail } from "@/lib/db/zones";
import { TAGS } from "@/lib/cache/tags";

// Cached reads for public pages. The results are shared by every anonymous reader, so
// they take no user input beyond the slug and are invalidated by the named tags.

export async function getCachedArticle(slug: string): Promise<ArticleDetail | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.articles);
  const article = await getPublishedArticleBySlug(slug);
  if (article) cacheTag(TAGS.article(article.id));
  return article;
}

export async function getCachedZone(slug: string): Promise<ZoneDetail | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.categories, TAGS.zone(slug));
  return getZoneBySlug(slug);
}

export async function getCachedZoneArticles(
  zoneId: number,
  zoneSlug: string,
  limit: number,
): Promise<ArticleSummary[]> {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.articles, TAGS.zone(zoneSlug));
  return listZoneArticles(zoneId, limit);
}
