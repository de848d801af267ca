import { revalidateTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import type { ArticleSurfaces } from "@/lib/db/editorial-decisions";

// Every reader surface an article's status shows on: its page, the lists and feeds of its
// zone, category and author, the home page, curated sections (unpublished targets drop out),
// popular lists and the sitemap. Publish, schedule-publish, unpublish and re-publish invalidate
// all of them.

export function readerTagsFor(article: Omit<ArticleSurfaces, "status" | "slug">): string[] {
  return [
    TAGS.articles,
    TAGS.feeds,
    TAGS.home,
    TAGS.features,
    TAGS.popular,
    TAGS.sitemap,
    TAGS.article(article.id),
    TAGS.zone(article.zoneSlug),
    TAGS.category(article.categorySlug),
    ...(article.authorUsername ? [TAGS.user(article.authorUsername)] : []),
  ];
}

/**
 * Expires the tags at once (not stale-while-revalidate): the next reader after a publish or an
 * unpublish gets the new state, not one last stale copy. Only callable inside a request (route
 * handler); jobs go through lib/editorial/revalidate-request.ts.
 */
export function expireReaderTags(tags: readonly string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
