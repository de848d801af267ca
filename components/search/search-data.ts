import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { listCategoriesWithZones, type CategoryWithZones } from "@/lib/db/categories";
import { suggestTitles, type TitleSuggestion } from "@/lib/db/search-suggest";
import { SUGGEST_LIMIT, type SearchRequest } from "@/lib/search/query";
import { runSearch, type SearchAnswer } from "@/lib/search/run-search";

// Cached reads of search. Every search is its own entry, keyed by the normalised request (so
// "Kafka  " and "kafka" share one), kept briefly: a query is rarely repeated for long, and
// publishing anything revalidates the content tags, which makes new articles findable at once.
const SEARCH_LIFE = { stale: 30, revalidate: 60, expire: 300 };
const CONTENT_TAGS = [TAGS.articles, TAGS.resources, TAGS.events, TAGS.videos, TAGS.categories];

/** Keyed by the query lower-cased (loadSearch): the text-search parser folds case anyway. */
async function getCachedSearch(request: SearchRequest): Promise<SearchAnswer> {
  "use cache";
  cacheLife(SEARCH_LIFE);
  cacheTag(...CONTENT_TAGS);
  return runSearch(request);
}

/** The search as the page shows it, shared by every request that differs only in letter case. */
export function loadSearch(request: SearchRequest): Promise<SearchAnswer> {
  return getCachedSearch({ ...request, q: request.q.toLowerCase() });
}

/** Title suggestions for the search box; `words` come from suggestionWords. */
export async function getCachedSuggestions(words: string[]): Promise<TitleSuggestion[]> {
  "use cache";
  cacheLife(SEARCH_LIFE);
  cacheTag(...CONTENT_TAGS);
  return suggestTitles(words, SUGGEST_LIMIT, new Date());
}

/** Zones for the search page's zone filter, grouped by category in menu order. */
export async function getCachedZoneOptions(): Promise<CategoryWithZones[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.categories);
  return listCategoriesWithZones();
}
