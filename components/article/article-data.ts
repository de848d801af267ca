import { cacheLife, cacheTag } from "next/cache";
import { getPublishedArticleBySlug, type ArticleDetail, type ArticleSummary } from "@/lib/db/articles";
import { getCategoryBySlug, type CategoryDetail } from "@/lib/db/categories";
import { listRelatedArticles } from "@/lib/db/related-articles";
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
  // The byline shows the author's name and badge, which change with their profile.
  if (article?.author) cacheTag(TAGS.user(article.author.username));
  return article;
}

/** Related articles shown under an article (same zone, most shared tags first). */
export async function getCachedRelatedArticles(
  article: { id: number; zoneId: number; tagIds: number[] },
  zoneSlug: string,
  limit: number,
): Promise<ArticleSummary[]> {
  "use cache";
  cacheLife("hours");
  // TAGS.articles: any publish/unpublish in the zone can change the list.
  cacheTag(TAGS.articles, TAGS.article(article.id), TAGS.zone(zoneSlug));
  return listRelatedArticles(article, limit);
}

export async function getCachedZone(slug: string): Promise<ZoneDetail | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.categories, TAGS.zone(slug));
  return getZoneBySlug(slug);
}

export async function getCachedCategory(slug: string): Promise<CategoryDetail | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.categories, TAGS.category(slug));
  return getCategoryBySlug(slug);
}
