import { cacheLife, cacheTag } from "next/cache";
import { listPublishedPage, type ArticlePage, type FeedScope } from "@/lib/db/articles";
import { TAGS } from "@/lib/cache/tags";
import { PAGE_SIZE } from "@/lib/pagination";

/** One cached page of a published feed; `tags` name the zone/category it belongs to. */
export async function getCachedFeedPage(
  scope: FeedScope,
  page: number,
  tags: string[],
): Promise<ArticlePage> {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.articles, ...tags);
  return listPublishedPage(scope, page, PAGE_SIZE);
}
