import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import { findRedirect } from "@/lib/db/redirects";
import { PAGE_SIZE } from "@/lib/pagination";
import {
  getCurrentTrendReport,
  getPublishedResourceBySlug,
  listLatestResources,
  listResourcePage,
  type ResourceDetail,
  type ResourceKind,
  type ResourcePage,
  type ResourceSummary,
} from "@/lib/db/resources";
import { resourceBasePath } from "@/lib/resources/paths";

// Cached reads of Refcards and Trend Reports for public pages. "Published" depends on the clock
// (a resource can be scheduled with a future publishedAt); the clock is read inside these cached
// functions, so a scheduled resource appears at most one cache lifetime ("hours") late unless
// the editor's write invalidates TAGS.resources first.

export async function getCachedLatestResources(opts: {
  kind?: ResourceKind;
  zoneIds?: number[];
  limit: number;
}): Promise<ResourceSummary[]> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.resources);
  return listLatestResources(opts);
}

export async function getCachedCurrentTrendReport(): Promise<ResourceSummary | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.resources);
  return getCurrentTrendReport();
}

export async function getCachedResourcePage(kind: ResourceKind, page: number): Promise<ResourcePage> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.resources);
  return listResourcePage(kind, page, PAGE_SIZE);
}

export async function getCachedResource(kind: ResourceKind, slug: string): Promise<ResourceDetail | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.resources, TAGS.resource(slug));
  return getPublishedResourceBySlug(kind, slug);
}

/**
 * Where a resource's old address now lives (an editor changed its slug), or null. Tagged with
 * the OLD slug: the save that writes the Redirect row revalidates TAGS.resource(oldSlug).
 */
export async function getCachedResourceRedirect(kind: ResourceKind, slug: string): Promise<string | null> {
  "use cache";
  cacheLife("hours");
  cacheTag(TAGS.resources, TAGS.resource(slug));
  return findRedirect(`${resourceBasePath(kind)}/${slug}`);
}
