import { cacheLife, cacheTag } from "next/cache";
import {
  listMostViewedArticles,
  listMostViewedZones,
  listPopularArticles,
  listPopularZones,
  type PopularArticle,
  type PopularZone,
} from "@/lib/db/popular";
import { TAGS } from "@/lib/cache/tags";

export const POPULAR_DAYS = 7;
export const POPULAR_LIMIT = 5;

export interface PopularContent {
  /** "week": views of the last seven UTC days; "all-time": the fallback when there were none. */
  period: "week" | "all-time";
  zones: PopularZone[];
  articles: PopularArticle[];
}

export interface PopularReaders {
  week: (now: Date) => Promise<{ zones: PopularZone[]; articles: PopularArticle[] }>;
  allTime: () => Promise<{ zones: PopularZone[]; articles: PopularArticle[] }>;
}

const databaseReaders: PopularReaders = {
  async week(now) {
    const window = { days: POPULAR_DAYS, limit: POPULAR_LIMIT, now };
    const [zones, articles] = await Promise.all([listPopularZones(window), listPopularArticles(window)]);
    return { zones, articles };
  },
  async allTime() {
    const [zones, articles] = await Promise.all([
      listMostViewedZones(POPULAR_LIMIT),
      listMostViewedArticles(POPULAR_LIMIT),
    ]);
    return { zones, articles };
  },
};

/**
 * This week's most-viewed zones and articles, or the all-time most-viewed ones when nobody
 * read anything this week, so the section is never empty while published content exists.
 */
export async function loadPopular(
  now: Date,
  readers: PopularReaders = databaseReaders,
): Promise<PopularContent> {
  const week = await readers.week(now);
  if (week.articles.length > 0) return { period: "week", ...week };
  return { period: "all-time", ...(await readers.allTime()) };
}

/**
 * Cached for minutes: view counts reach the database in batches from a background timer,
 * outside any request, where Next 16's revalidateTag cannot run; the popular lists therefore
 * refresh when this entry expires rather than on every flush.
 */
export async function getCachedPopular(): Promise<PopularContent> {
  "use cache";
  cacheLife("minutes");
  // categories: zone names and slugs are shown too.
  cacheTag(TAGS.popular, TAGS.articles, TAGS.categories);
  return loadPopular(new Date());
}
