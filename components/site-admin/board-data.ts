import type { TaxonomyCategory } from "@/lib/db/site-admin-categories";
import { pluralize } from "@/lib/format";
import type { BoardCategory } from "./taxonomy-board";

// A plain module (not "use client"), so the server page can call it.

/** "12 articles, 1 event" for a zone's counts; "Empty" when there is nothing. */
export function zoneContents(counts: {
  articles: number;
  events: number;
  videos: number;
  resources: number;
}): string {
  const parts = [
    counts.articles && pluralize(counts.articles, "article"),
    counts.events && pluralize(counts.events, "event"),
    counts.videos && pluralize(counts.videos, "video"),
    counts.resources && pluralize(counts.resources, "premium resource"),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "Empty";
}

/** The taxonomy as the board shows it. */
export function toBoard(categories: TaxonomyCategory[]): BoardCategory[] {
  return categories.map((category) => ({
    id: category.id,
    slug: category.slug,
    name: category.name,
    zones: category.zones.map((zone) => ({
      id: zone.id,
      slug: zone.slug,
      name: zone.name,
      contents: zoneContents(zone.counts),
    })),
  }));
}
