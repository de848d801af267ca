import "server-only";
import { revalidateTag } from "next/cache";
import { TAGS } from "@/lib/cache/tags";
import type { SavedResource } from "@/lib/db/resource-writes";

/**
 * Readers see an editor's save on their next request: every listing and preview of resources,
 * the home page's Premium Content, the resource's own page (under its old slug too), the zones
 * it is or was in and the sitemap. Expired rather than marked stale, so the next request renders
 * fresh instead of serving the old page once more.
 */
export function revalidateResourcePages({
  slugs,
  zoneSlugs,
}: Pick<SavedResource, "slugs" | "zoneSlugs">): void {
  if (slugs.length === 0) return;
  const tags = [
    TAGS.resources,
    TAGS.home,
    TAGS.sitemap,
    ...slugs.map((slug) => TAGS.resource(slug)),
    ...zoneSlugs.map((slug) => TAGS.zone(slug)),
  ];
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
