import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import type { FeedScopeKind } from "@/lib/db/feeds";
import type { FeedFormat } from "@/lib/feeds/links";
import { loadFeed, type RenderedDocument } from "./feed-document";

function scopeTags(kind: FeedScopeKind, key: string | null): string[] {
  if (kind === "site" || key === null) return [];
  if (kind === "user") return [TAGS.user(key)];
  return [TAGS.categories, kind === "zone" ? TAGS.zone(key) : TAGS.category(key)];
}

/**
 * The cached feed body. Any article write (TAGS.articles), a feeds-wide purge (TAGS.feeds) or
 * a change to the zone, category or user invalidates it; otherwise it is rebuilt at most
 * once a minute ("minutes" profile). A null (unknown scope) is cached under the same tags, so
 * creating that zone, category or user must revalidate its tag.
 */
export async function getCachedFeed(
  kind: FeedScopeKind,
  key: string | null,
  format: FeedFormat,
): Promise<RenderedDocument | null> {
  "use cache";
  cacheLife("minutes");
  cacheTag(TAGS.feeds, TAGS.articles, ...scopeTags(kind, key));
  return loadFeed(kind, key, format);
}
