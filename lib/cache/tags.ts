// Named cache tags (DESIGN.md §5). Reads tag their cached results with these; every write
// that changes what a reader sees calls revalidateTag with the same names.
export const TAGS = {
  home: "home",
  categories: "categories",
  members: "members",
  settings: "settings",
  articles: "articles",
  feeds: "feeds",
  /** Editorial curation (Spotlight, Featured) of any scope. */
  features: "features",
  /** Most-viewed zones and articles, recomputed when view counts are flushed. */
  popular: "popular",
  /** Refcards and Trend Reports, every listing and preview. */
  resources: "resources",
  events: "events",
  videos: "videos",
  sitemap: "sitemap",
  article: (id: number) => `article:${id}`,
  zone: (slug: string) => `zone:${slug}`,
  category: (slug: string) => `category:${slug}`,
  page: (slug: string) => `page:${slug}`,
  user: (username: string) => `user:${username}`,
  resource: (slug: string) => `resource:${slug}`,
  event: (slug: string) => `event:${slug}`,
  video: (slug: string) => `video:${slug}`,
} as const;

/**
 * One curated slot ("home", "category-<id>", "zone-<id>"; lib/curation/slots.ts): the section
 * showing it carries this tag, and saving the slot invalidates exactly that section and the
 * pages around it, not every curated section of the site (TAGS.features).
 */
export const featureSlotTag = (key: string) => `features:${key}`;

/**
 * Every cached "where does this old path live now" lookup (Redirect rows). Slug changes are
 * rare and may re-point older redirects (A→B becomes A→C), so they invalidate all of them.
 */
export const REDIRECTS_TAG = "redirects";
